package dev.orderflow.order.ordering;

import dev.orderflow.order.model.Order;

/**
 * The answer to placing an order.
 *
 * @param order the order, as it is now
 * @param replayed whether an earlier request with the same {@code Idempotency-Key}
 * created it
 */
record PlacedOrder(Order order, boolean replayed) {

}
