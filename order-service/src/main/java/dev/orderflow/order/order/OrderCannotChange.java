package dev.orderflow.order.order;

/**
 * A transition that the order's status no longer allows, e.g. approving a cancelled order
 * or cancelling a rejected one.
 */
public class OrderCannotChange extends RuntimeException {

	private final OrderId orderId;

	private final OrderStatus status;

	private final OrderStatus requested;

	public OrderCannotChange(OrderId orderId, OrderStatus status, OrderStatus requested) {
		super("Order " + orderId + " is " + status + " and cannot become " + requested + ".");
		this.orderId = orderId;
		this.status = status;
		this.requested = requested;
	}

	public OrderId orderId() {
		return this.orderId;
	}

	public OrderStatus status() {
		return this.status;
	}

	public OrderStatus requested() {
		return this.requested;
	}

}
