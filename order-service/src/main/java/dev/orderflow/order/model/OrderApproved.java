package dev.orderflow.order.model;

import java.time.Instant;
import java.util.UUID;

import dev.orderflow.order.money.Money;

/**
 * Credit was reserved: the order is approved.
 *
 * @param orderId the order
 * @param customerId its owner
 * @param total the order total
 * @param occurredAt when
 */
public record OrderApproved(OrderId orderId, UUID customerId, Money total, Instant occurredAt) implements OrderEvent {

}
