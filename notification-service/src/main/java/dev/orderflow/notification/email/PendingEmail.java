package dev.orderflow.notification.email;

import java.time.Instant;
import java.util.UUID;

/**
 * A claimed email delivery with what it needs to be sent.
 *
 * @param notificationId the notification
 * @param attempts attempts made before this one
 * @param type the notification type
 * @param title the subject
 * @param message the text
 * @param orderId the order it concerns, if any
 * @param createdAt when the notification was created
 * @param address the user's email address; {@code null} while the contact projection has
 * not heard of the user
 * @param name the user's name
 * @param emailEnabled whether the user still wants emails
 */
record PendingEmail(UUID notificationId, int attempts, String type, String title, String message, UUID orderId,
		Instant createdAt, String address, String name, boolean emailEnabled) {

}
