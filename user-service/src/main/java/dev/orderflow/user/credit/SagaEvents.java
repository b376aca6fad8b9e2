package dev.orderflow.user.credit;

import java.time.Instant;
import java.util.UUID;

import dev.orderflow.platform.messaging.EventTopics;
import dev.orderflow.platform.messaging.inbox.MalformedEvent;

/**
 * The records of the saga as this service reads and writes them. Consumed records name
 * only the fields used here; unknown fields are ignored (contracts: orders.order.v1,
 * users.credit.v1).
 */
final class SagaEvents {

	static final String ORDERS = EventTopics.ORDERS;

	static final String CREDIT = EventTopics.CREDIT;

	private SagaEvents() {
	}

	record Money(String amount, String currency) {

	}

	/** OrderCreated, OrderRejected and OrderCancelled carry these. */
	record OrderEvent(UUID orderId, UUID userId, Money total) {

		OrderEvent {
			if (orderId == null || userId == null || total == null || total.amount() == null
					|| total.currency() == null) {
				throw new MalformedEvent("lacks orderId, userId or total");
			}
		}

	}

	record CreditReserved(UUID orderId, UUID userId, Money amount, Instant occurredAt) {

	}

	record CreditRejected(UUID orderId, UUID userId, Money amount, String reason, Instant occurredAt) {

	}

	record CreditReleased(UUID orderId, UUID userId, Money amount, Instant occurredAt) {

	}

}
