package dev.orderflow.order.order;

import java.util.Objects;
import java.util.UUID;

import dev.orderflow.order.money.Money;

/**
 * One product in an order, with the catalogue's name and price when the order was placed:
 * a later change in the catalogue does not change the order.
 *
 * @param productId the product ordered
 * @param sku its SKU at the time
 * @param name its name at the time
 * @param quantity how many, at least one
 * @param unitPrice the catalogue price at the time
 */
public record OrderLine(UUID productId, String sku, String name, int quantity, Money unitPrice) {

	public OrderLine {
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(sku, "sku");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(unitPrice, "unitPrice");
		if (quantity < 1) {
			throw new IllegalArgumentException("Quantity must be at least 1, was " + quantity);
		}
		if (!unitPrice.isPositive()) {
			throw new IllegalArgumentException("Unit price must be positive, was " + unitPrice);
		}
	}

	public Money total() {
		return this.unitPrice.times(this.quantity);
	}

}
