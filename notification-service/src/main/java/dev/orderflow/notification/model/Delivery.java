package dev.orderflow.notification.model;

import java.time.Instant;

/**
 * The delivery of a notification on one channel.
 *
 * @param status where it stands
 * @param attempts how often sending was tried
 * @param lastError why the last attempt failed, if it did
 * @param updatedAt when the status last changed
 * @param sentAt when it was sent, if it was
 */
public record Delivery(DeliveryStatus status, int attempts, String lastError, Instant updatedAt, Instant sentAt) {

}
