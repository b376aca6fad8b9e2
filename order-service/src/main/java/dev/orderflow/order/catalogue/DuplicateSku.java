package dev.orderflow.order.catalogue;

/** A new product with a SKU that another product already has. */
class DuplicateSku extends RuntimeException {

	public DuplicateSku(String sku) {
		super("A product with SKU " + sku + " already exists.");
	}

}
