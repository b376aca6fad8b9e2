package dev.orderflow.order.catalogue;

import java.util.UUID;

/**
 * A change made on the condition that the product is still at a version the client saw
 * ({@code If-Match}), but it has changed since.
 */
class ProductVersionMismatch extends RuntimeException {

	public ProductVersionMismatch(UUID id) {
		super("Product " + id + " has changed since you read it; read it again and retry.");
	}

}
