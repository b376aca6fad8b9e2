package dev.orderflow.order.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.orderflow.order.money.Money;

/** Orders in the states the saga can find them in. */
public final class OrderFixtures {

	public static final Instant PLACED_AT = Instant.parse("2026-11-21T10:00:00Z");

	public static final UUID CUSTOMER = UUID.fromString("00000000-0000-4000-8000-000000000001");

	public static final UUID KEYBOARD = UUID.fromString("5f1c3a2e-8b4d-4c6e-9a1f-000000000001");

	public static final UUID MOUSE = UUID.fromString("5f1c3a2e-8b4d-4c6e-9a1f-000000000002");

	private OrderFixtures() {
	}

	/** Two keyboards at 89.90 and one mouse at 24.99: 204.79 EUR. */
	public static List<OrderLine> twoKeyboardsAndAMouse() {
		return List.of(new OrderLine(KEYBOARD, "KB-MECH-87", "Mechanical Keyboard, 87 keys", 2, euros("89.90")),
				new OrderLine(MOUSE, "MS-WL-01", "Wireless Mouse", 1, euros("24.99")));
	}

	/** A freshly placed order, its OrderCreated already taken by the outbox. */
	public static Order pendingOrder() {
		Order order = Order.place(OrderId.random(), CUSTOMER, twoKeyboardsAndAMouse(), PLACED_AT);
		order.clearEvents();
		return order;
	}

	public static Order approvedOrder() {
		return stored(OrderStatus.APPROVED, null);
	}

	public static Order rejectedOrder(RejectionReason reason) {
		return stored(OrderStatus.REJECTED, reason);
	}

	public static Order cancelledOrder() {
		return stored(OrderStatus.CANCELLED, null);
	}

	public static Money euros(String amount) {
		return Money.of(amount, "EUR");
	}

	private static Order stored(OrderStatus status, RejectionReason reason) {
		return Order.restore(OrderId.random(), CUSTOMER, twoKeyboardsAndAMouse(), status, reason, PLACED_AT,
				PLACED_AT.plusSeconds(5));
	}

}
