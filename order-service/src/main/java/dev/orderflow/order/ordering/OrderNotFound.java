package dev.orderflow.order.ordering;

import dev.orderflow.order.model.OrderId;

/**
 * No order with this id, or none that the requester may see: another customer's order is
 * not found rather than forbidden, so that order ids cannot be probed.
 */
class OrderNotFound extends RuntimeException {

	public OrderNotFound(OrderId id) {
		super("No order with id " + id + ".");
	}

}
