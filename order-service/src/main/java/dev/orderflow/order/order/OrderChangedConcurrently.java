package dev.orderflow.order.order;

/**
 * Other changes to the same order kept winning the race between reading and writing it,
 * even after reloading it a few times.
 */
public class OrderChangedConcurrently extends RuntimeException {

	public OrderChangedConcurrently(OrderId id) {
		super("Order " + id + " was changed concurrently; retry.");
	}

}
