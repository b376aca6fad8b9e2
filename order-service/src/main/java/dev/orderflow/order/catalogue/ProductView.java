package dev.orderflow.order.catalogue;

import java.time.Instant;
import java.util.UUID;

import dev.orderflow.platform.web.MoneyView;

record ProductView(UUID id, String sku, String name, MoneyView price, boolean active, Instant createdAt,
		Instant updatedAt) {

	static ProductView of(Product product) {
		return new ProductView(product.id(), product.sku(), product.name(),
				MoneyView.of(product.price().amount(), product.price().currency()), product.active(),
				product.createdAt(), product.updatedAt());
	}

}
