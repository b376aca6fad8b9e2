package dev.orderflow.order.model;

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
 * @param quantity how many, 1 to {@link #MAX_QUANTITY}
 * @param unitPrice the catalogue price at the time
 */
public record OrderLine(UUID productId, String sku, String name, int quantity, Money unitPrice) {

	/**
	 * The most of one product in one order: more is a typo or an abuse, not a purchase.
	 */
	public static final int MAX_QUANTITY = 1000;

	public OrderLine {
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(sku, "sku");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(unitPrice, "unitPrice");
		if (quantity < 1 || quantity > MAX_QUANTITY) {
			throw new IllegalArgumentException("Quantity must be 1 to " + MAX_QUANTITY + ", was " + quantity);
		}
		if (!unitPrice.isPositive()) {
			throw new IllegalArgumentException("Unit price must be positive, was " + unitPrice);
		}
	}

	public Money total() {
		return this.unitPrice.times(this.quantity);
	}

}
