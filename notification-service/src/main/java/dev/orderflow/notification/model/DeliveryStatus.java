package dev.orderflow.notification.model;

/** Where the delivery of a notification on a channel stands. */
public enum DeliveryStatus {

	/** Not yet sent; due at its next attempt. */
	PENDING,
	/** Accepted by the server of the channel (for email: the SMTP server). */
	SENT,
	/** Given up after the last attempt; the last error says why. */
	FAILED,
	/** Not sent because the user switched the channel off. */
	SKIPPED

}
