package dev.orderflow.order.ordering;

import dev.orderflow.order.model.Order;
import dev.orderflow.order.model.OrderId;

/**
 * Other changes to the same order kept winning the race between reading and writing it,
 * even after reloading it a few times.
 */
class OrderChangedConcurrently extends RuntimeException {

	public OrderChangedConcurrently(OrderId id) {
		super("Order " + id + " was changed concurrently; retry.");
	}

}
