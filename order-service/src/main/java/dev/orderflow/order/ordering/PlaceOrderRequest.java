package dev.orderflow.order.ordering;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.orderflow.order.model.Order;
import dev.orderflow.order.model.OrderLine;

/**
 * An order as a client places it: products and quantities only. Prices, names and the
 * total come from the catalogue.
 *
 * @param items 1 to 50 items, one per product
 */
record PlaceOrderRequest(@NotNull @Size(min = 1, max = Order.MAX_LINES) List<@NotNull @Valid Item> items) {

	List<RequestedItem> toItems() {
		return this.items.stream().map((item) -> new RequestedItem(item.productId(), item.quantity())).toList();
	}

	/**
	 * One product and how many of it.
	 *
	 * @param productId a product of the catalogue that is still sold
	 * @param quantity 1 to 1000
	 */
	record Item(@NotNull UUID productId, @NotNull @Min(1) @Max(OrderLine.MAX_QUANTITY) Integer quantity) {

	}

}
