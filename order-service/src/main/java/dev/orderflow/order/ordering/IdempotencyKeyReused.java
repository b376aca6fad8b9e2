package dev.orderflow.order.ordering;

import dev.orderflow.order.model.OrderId;

/**
 * An {@code Idempotency-Key} that the customer already used for an order with other
 * items: replaying it would answer with an order the client did not ask for.
 */
class IdempotencyKeyReused extends RuntimeException {

	public IdempotencyKeyReused(String key, OrderId existing) {
		super("The Idempotency-Key " + key + " was already used for order " + existing
				+ " with other items; use a new key for a new order.");
	}

}
