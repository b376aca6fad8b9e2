package dev.orderflow.order.catalogue;

import java.util.UUID;

/** No product has the given id. */
class ProductNotFound extends RuntimeException {

	public ProductNotFound(UUID id) {
		super("No product with id " + id + ".");
	}

}
