package dev.orderflow.order.ordering;

import java.util.Objects;
import java.util.UUID;

/**
 * What a customer asks for: a product and a quantity, nothing else. Name and price come
 * from the catalogue, never from the client.
 *
 * @param productId the product
 * @param quantity how many
 */
record RequestedItem(UUID productId, int quantity) {

	public RequestedItem {
		Objects.requireNonNull(productId, "productId");
	}

}
