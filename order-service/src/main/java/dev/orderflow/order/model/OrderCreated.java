package dev.orderflow.order.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.orderflow.order.money.Money;

/**
 * An order was placed and waits for credit: starts the saga.
 *
 * @param orderId the order
 * @param customerId who placed it
 * @param lines what was ordered
 * @param total the sum of the lines, the credit to reserve
 * @param occurredAt when
 */
public record OrderCreated(OrderId orderId, UUID customerId, List<OrderLine> lines, Money total,
		Instant occurredAt) implements OrderEvent {

	public OrderCreated {
		lines = List.copyOf(lines);
	}

}
