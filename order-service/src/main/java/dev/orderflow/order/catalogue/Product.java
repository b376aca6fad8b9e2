package dev.orderflow.order.catalogue;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import dev.orderflow.order.money.Money;

/**
 * Something customers can order. Immutable: a change returns a new value, which the
 * repository persists if nobody changed the product since {@link #version()}.
 *
 * @param id the product id, which orders refer to
 * @param sku the stock keeping unit, unique and never changed
 * @param name what customers see, trimmed
 * @param price the unit price, positive, two decimals
 * @param active whether it can be ordered; products are deactivated, never deleted,
 * because orders refer to them
 * @param version incremented by every stored change (optimistic concurrency, the ETag)
 * @param createdAt when it was added
 * @param updatedAt when it last changed
 */
public record Product(UUID id, String sku, String name, Money price, boolean active, long version, Instant createdAt,
		Instant updatedAt) {

	/** Upper-case letters, digits and dashes, as on labels and in URLs. */
	public static final String SKU_PATTERN = "[A-Z0-9-]{3,32}";

	public static final int NAME_MAX_LENGTH = 100;

	public Product {
		Objects.requireNonNull(id, "id");
		if (sku == null || !sku.matches(SKU_PATTERN)) {
			throw new IllegalArgumentException("Invalid SKU: " + sku);
		}
		name = validName(name);
		if (!price.isPositive()) {
			throw new IllegalArgumentException("Price must be positive: " + price);
		}
	}

	public static Product create(String sku, String name, Money price, Instant now) {
		return new Product(UUID.randomUUID(), sku, name, price, true, 0, now, now);
	}

	/**
	 * Applies a change.
	 * @param change what to change; {@code null} parts stay as they are
	 * @param now the time of the change
	 * @return the changed product, at the same version, or this product when nothing
	 * differs
	 */
	public Product change(ProductChange change, Instant now) {
		String newName = (change.name() != null) ? validName(change.name()) : this.name;
		Money newPrice = (change.price() != null) ? change.price() : this.price;
		boolean newActive = (change.active() != null) ? change.active() : this.active;
		if (newName.equals(this.name) && newPrice.equals(this.price) && newActive == this.active) {
			return this;
		}
		return new Product(this.id, this.sku, newName, newPrice, newActive, this.version, this.createdAt, now);
	}

	private static String validName(String name) {
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_LENGTH) {
			throw new IllegalArgumentException("Name must have 1 to " + NAME_MAX_LENGTH + " characters");
		}
		return trimmed;
	}

}
