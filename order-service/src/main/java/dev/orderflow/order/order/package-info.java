/**
 * Orders: the aggregate that owns order state and raises the saga's events, the use cases
 * that load, change and store it with its events (outbox port), and the saga's deadline.
 * The aggregate and its values are plain Java; adapters live in {@code web} and
 * {@code messaging} below.
 */
package dev.orderflow.order.order;
