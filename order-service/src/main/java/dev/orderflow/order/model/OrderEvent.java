package dev.orderflow.order.model;

import java.time.Instant;

/**
 * Something that happened to an order, raised by the aggregate and stored with the state
 * change that caused it (outbox). These are domain events; the messaging adapter maps
 * them to the records of the {@code orders.order.v1} contract.
 */
public sealed interface OrderEvent permits OrderCreated, OrderApproved, OrderRejected, OrderCancelled {

	OrderId orderId();

	Instant occurredAt();

}
