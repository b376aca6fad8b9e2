package dev.orderflow.notification.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification as its owner sees it.
 *
 * @param id its id
 * @param seq its position among all notifications; the SSE event id
 * @param userId its owner
 * @param type what it is about
 * @param title headline
 * @param message full text
 * @param orderId the order it concerns, if any
 * @param createdAt when it was created
 * @param readAt when its owner marked it read, if they did
 * @param email its email delivery
 */
public record Notification(UUID id, long seq, UUID userId, NotificationType type, String title, String message,
		UUID orderId, Instant createdAt, Instant readAt, Delivery email) {

	public boolean read() {
		return this.readAt != null;
	}

}
