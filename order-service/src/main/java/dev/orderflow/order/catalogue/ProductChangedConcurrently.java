package dev.orderflow.order.catalogue;

import java.util.UUID;

/** Another change to the same product was stored between reading and writing it. */
class ProductChangedConcurrently extends RuntimeException {

	public ProductChangedConcurrently(UUID id) {
		super("Product " + id + " was changed concurrently; retry.");
	}

}
