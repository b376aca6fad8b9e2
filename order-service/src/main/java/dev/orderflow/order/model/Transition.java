package dev.orderflow.order.model;

/**
 * What a transition did to an order. A transition the order already made (a duplicate
 * saga event, a second cancel) is unchanged and raises no event; callers decide what that
 * means: a saga listener acknowledges it, the HTTP cancel answers 409. A transition the
 * order can no longer make at all is refused with {@link OrderCannotChange}.
 *
 * @param from the status before
 * @param to the status after
 */
public record Transition(OrderStatus from, OrderStatus to) {

	static Transition changed(OrderStatus from, OrderStatus to) {
		return new Transition(from, to);
	}

	static Transition alreadyIn(OrderStatus status) {
		return new Transition(status, status);
	}

	/**
	 * Whether the order changed and raised an event.
	 * @return {@code false} when the order was already in the requested state
	 */
	public boolean changed() {
		return this.from != this.to;
	}

}
