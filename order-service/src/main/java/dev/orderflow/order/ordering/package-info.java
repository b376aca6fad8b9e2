/**
 * Ordering: the use cases that load, change and store an order with its events (outbox
 * port), the repository, and the saga's deadline; adapters live in {@code web} and
 * {@code messaging} below.
 */
package dev.orderflow.order.ordering;
