package dev.orderflow.notification.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A notification about to be created, with its words. The wording is for customers: it
 * says what happened and what they can do, never an internal code.
 *
 * @param eventId the event it tells of; one notification per event
 * @param userId whom it is for
 * @param type what it is about
 * @param title a short headline (also the email subject)
 * @param message the full sentence(s)
 * @param orderId the order it concerns, if any
 */
public record NewNotification(String eventId, UUID userId, NotificationType type, String title, String message,
		UUID orderId) {

	public NewNotification {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(userId, "userId");
		Objects.requireNonNull(type, "type");
	}

	public static NewNotification welcome(String eventId, UUID userId, String name) {
		return new NewNotification(eventId, userId, NotificationType.WELCOME, "Welcome to OrderFlow",
				"Hello %s, your account is ready. You can place orders straight away; we will tell you here and by email when each one is approved."
					.formatted(name),
				null);
	}

	public static NewNotification orderApproved(String eventId, UUID userId, UUID orderId, Amount total) {
		return new NewNotification(eventId, userId, NotificationType.ORDER_APPROVED, "Your order is approved",
				"Your order %s is approved. %s has been reserved from your credit.".formatted(shortId(orderId), total),
				orderId);
	}

	public static NewNotification orderRejected(String eventId, UUID userId, UUID orderId, Amount total,
			String reason) {
		return new NewNotification(eventId, userId, NotificationType.ORDER_REJECTED, "Your order could not be placed",
				"Your order %s of %s could not be placed: %s".formatted(shortId(orderId), total, explain(reason)),
				orderId);
	}

	public static NewNotification orderCancelled(String eventId, UUID userId, UUID orderId, Amount total,
			String previousStatus) {
		String credit = "APPROVED".equals(previousStatus)
				? " The %s reserved for it is available again.".formatted(total) : "";
		return new NewNotification(eventId, userId, NotificationType.ORDER_CANCELLED, "Your order is cancelled",
				"Your order %s is cancelled.%s".formatted(shortId(orderId), credit), orderId);
	}

	/** The reasons of OrderRejected (contract) in words; an unknown one stays vague. */
	static String explain(String reason) {
		return switch (String.valueOf(reason)) {
			case "INSUFFICIENT_CREDIT" ->
				"its total is more than your available credit. Cancel another order or ask us to raise your limit, then try again.";
			case "USER_SUSPENDED" -> "your account is suspended. Please contact support.";
			case "USER_NOT_FOUND" -> "we could not find your account. Please contact support.";
			case "TIMEOUT" ->
				"we could not confirm it in time. Nothing was charged to your credit; please try again in a moment.";
			default -> "we could not confirm it. Nothing was charged to your credit.";
		};
	}

	/** Customers see the first block of the id, as on the order page. */
	private static String shortId(UUID orderId) {
		return "#" + orderId.toString().substring(0, 8);
	}

}
