package dev.orderflow.order.model;

import java.time.Instant;
import java.util.UUID;

import dev.orderflow.order.money.Money;

/**
 * The order was rejected; credit reserved for it, if any, is to be released.
 *
 * @param orderId the order
 * @param customerId its owner
 * @param reason why
 * @param total the order total
 * @param occurredAt when
 */
public record OrderRejected(OrderId orderId, UUID customerId, RejectionReason reason, Money total,
		Instant occurredAt) implements OrderEvent {

}
