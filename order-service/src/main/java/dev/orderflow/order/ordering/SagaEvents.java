package dev.orderflow.order.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.orderflow.platform.messaging.EventTopics;
import dev.orderflow.platform.messaging.inbox.MalformedEvent;

/**
 * The records of the saga as this service writes and reads them (contracts:
 * orders.order.v1, users.credit.v1). Consumed records name only the fields used here;
 * unknown fields are ignored.
 */
final class SagaEvents {

	static final String ORDERS = EventTopics.ORDERS;

	static final String CREDIT = EventTopics.CREDIT;

	private SagaEvents() {
	}

	/** Money on the wire: a decimal string with two decimals and an ISO 4217 code. */
	record Money(String amount, String currency) {

	}

	record Item(UUID productId, String sku, String name, int quantity, Money unitPrice) {

	}

	/** {@code userId} is the order's customer, the user whose credit pays. */
	record OrderCreated(UUID orderId, UUID userId, List<Item> items, Money total, Instant occurredAt) {

	}

	record OrderApproved(UUID orderId, UUID userId, Money total, Instant occurredAt) {

	}

	record OrderRejected(UUID orderId, UUID userId, String reason, Money total, Instant occurredAt) {

	}

	record OrderCancelled(UUID orderId, UUID userId, String previousStatus, Money total, Instant occurredAt) {

	}

	/** CreditReserved, CreditRejected (with a reason) and CreditReleased carry these. */
	record CreditEvent(UUID orderId, UUID userId, String reason) {

		CreditEvent {
			if (orderId == null) {
				throw new MalformedEvent("has no orderId");
			}
		}

	}

}
