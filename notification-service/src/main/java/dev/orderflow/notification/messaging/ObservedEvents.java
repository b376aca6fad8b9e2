package dev.orderflow.notification.messaging;

import java.time.Instant;
import java.util.UUID;

import dev.orderflow.notification.model.Amount;
import dev.orderflow.platform.messaging.EventTopics;
import dev.orderflow.platform.messaging.inbox.MalformedEvent;

/**
 * The events this service reads, as far as it reads them; unknown fields are ignored
 * (contracts/ is the shared truth, tested on both sides).
 */
final class ObservedEvents {

	static final String ORDERS = EventTopics.ORDERS;

	static final String USERS = EventTopics.USERS;

	private ObservedEvents() {
	}

	/** OrderApproved, OrderRejected and OrderCancelled. */
	record OrderOutcome(UUID orderId, UUID userId, Amount total, String reason, String previousStatus) {

		OrderOutcome {
			if (orderId == null || userId == null || total == null) {
				throw new MalformedEvent("lacks orderId, userId or total");
			}
		}

	}

	/** UserRegistered and UserUpdated. */
	record UserAnnounced(UUID userId, String email, String name, String status, Instant occurredAt) {

		UserAnnounced {
			if (userId == null || email == null || name == null || occurredAt == null) {
				throw new MalformedEvent("lacks userId, email, name or occurredAt");
			}
		}

	}

}
