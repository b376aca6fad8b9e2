package dev.orderflow.notification.notification.messaging;

import java.time.Instant;
import java.util.UUID;

import dev.orderflow.notification.notification.Amount;

/**
 * The events this service reads, as far as it reads them; unknown fields are ignored
 * (contracts/ is the shared truth, tested on both sides).
 */
final class ObservedEvents {

	static final String ORDERS = "orders.order.v1";

	static final String USERS = "users.user.v1";

	private ObservedEvents() {
	}

	/** OrderApproved, OrderRejected and OrderCancelled. */
	record OrderOutcome(UUID orderId, UUID userId, Amount total, String reason, String previousStatus) {

	}

	/** UserRegistered and UserUpdated. */
	record UserAnnounced(UUID userId, String email, String name, String status, Instant occurredAt) {

	}

}
