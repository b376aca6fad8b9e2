package dev.orderflow.order.model;

/**
 * A transition that the order's status no longer allows, e.g. approving a cancelled order
 * or cancelling a rejected one; also a cancel of an order that is already cancelled,
 * which the HTTP API refuses with 409 (docs/architecture.md).
 */
public class OrderCannotChange extends RuntimeException {

	private final OrderId orderId;

	private final OrderStatus status;

	private final OrderStatus requested;

	public OrderCannotChange(OrderId orderId, OrderStatus status, OrderStatus requested) {
		super((status == requested) ? "Order " + orderId + " is already " + status + "."
				: "Order " + orderId + " is " + status + " and cannot become " + requested + ".");
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
