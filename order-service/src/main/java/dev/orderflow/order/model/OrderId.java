package dev.orderflow.order.model;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of an order; also the Kafka key of its events.
 *
 * @param value the UUID
 */
public record OrderId(UUID value) {

	public OrderId {
		Objects.requireNonNull(value, "value");
	}

	public static OrderId random() {
		return new OrderId(UUID.randomUUID());
	}

	public static OrderId of(String value) {
		return new OrderId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
