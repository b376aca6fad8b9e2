package dev.orderflow.order.model;

/**
 * Where an order is in its life. PENDING until the saga approves or rejects it; an
 * APPROVED order may still be cancelled; REJECTED and CANCELLED are final.
 */
public enum OrderStatus {

	PENDING, APPROVED, REJECTED, CANCELLED

}
