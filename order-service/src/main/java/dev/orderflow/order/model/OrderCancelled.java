package dev.orderflow.order.model;

import java.time.Instant;
import java.util.UUID;

import dev.orderflow.order.money.Money;

/**
 * The order was cancelled; credit reserved for it, if any, is to be released.
 *
 * @param orderId the order
 * @param customerId its owner
 * @param previousStatus PENDING or APPROVED
 * @param total the order total
 * @param occurredAt when
 */
public record OrderCancelled(OrderId orderId, UUID customerId, OrderStatus previousStatus, Money total,
		Instant occurredAt) implements OrderEvent {

}
