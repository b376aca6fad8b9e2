package dev.orderflow.notification.model;

/** What a notification is about. */
public enum NotificationType {

	WELCOME, ORDER_APPROVED, ORDER_REJECTED, ORDER_CANCELLED

}
