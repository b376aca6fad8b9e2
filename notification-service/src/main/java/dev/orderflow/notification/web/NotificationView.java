package dev.orderflow.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.orderflow.notification.model.Delivery;
import dev.orderflow.notification.model.Notification;

/**
 * A notification as clients see it, with the state of its delivery on each channel
 * (IN_APP is delivered when the notification exists).
 */
record NotificationView(UUID id, String type, String title, String message, UUID orderId, Instant createdAt,
		boolean read, Instant readAt, List<DeliveryView> deliveries) {

	static NotificationView of(Notification notification) {
		Delivery email = notification.email();
		return new NotificationView(notification.id(), notification.type().name(), notification.title(),
				notification.message(), notification.orderId(), notification.createdAt(), notification.read(),
				notification.readAt(),
				List.of(new DeliveryView("IN_APP", "SENT", 1, null, notification.createdAt(), notification.createdAt()),
						new DeliveryView("EMAIL", email.status().name(), email.attempts(), email.lastError(),
								email.updatedAt(), email.sentAt())));
	}

	/**
	 * @param channel IN_APP or EMAIL
	 * @param status PENDING, SENT, FAILED or SKIPPED
	 * @param attempts attempts so far
	 * @param lastError why the last attempt failed, if it did
	 * @param updatedAt when the status last changed
	 * @param sentAt when it was delivered, if it was
	 */
	record DeliveryView(String channel, String status, int attempts, String lastError, Instant updatedAt,
			Instant sentAt) {

	}

}
