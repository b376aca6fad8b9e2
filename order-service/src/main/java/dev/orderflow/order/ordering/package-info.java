/**
 * Ordering: the use cases that load, change and store an order with its events (outbox
 * port), the repository, and the saga's deadline; beside them, package-private, their
 * adapters: the HTTP API ({@code OrderController}, {@code OrderProblems}), the credit
 * events listener and the outbox writer.
 */
package dev.orderflow.order.ordering;
