package dev.orderflow.order.ordering;

import dev.orderflow.order.model.Order;

/**
 * An order as read from the database, with what its next change is conditional on.
 *
 * @param order the order
 * @param version the version it was read at
 * @param requestHash the fingerprint of the request that placed it, when it was placed
 * with an {@code Idempotency-Key}
 */
record StoredOrder(Order order, long version, String requestHash) {

}
