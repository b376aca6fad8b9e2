package dev.orderflow.order.ordering;

import java.util.Objects;
import java.util.UUID;

import dev.orderflow.order.model.Order;

/**
 * Who asks, as the access token says: customers see and cancel their own orders,
 * administrators any order.
 *
 * @param userId the token's subject
 * @param admin whether the token carries the ADMIN role
 */
record Requester(UUID userId, boolean admin) {

	public Requester {
		Objects.requireNonNull(userId, "userId");
	}

	public boolean mayAccess(Order order) {
		return this.admin || this.userId.equals(order.customerId());
	}

}
