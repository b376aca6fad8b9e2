package dev.orderflow.order.ordering;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.orderflow.order.catalogue.Catalogue;
import dev.orderflow.order.catalogue.Product;
import dev.orderflow.order.model.OrderLine;

/**
 * Turns what a customer asks for into order lines with the catalogue's SKU, name and
 * price: the client names products and quantities, never prices.
 */
@Component
class OrderPricing {

	private final Catalogue catalogue;

	OrderPricing(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * Prices the items, all or none.
	 * @param items what the customer asks for, in request order
	 * @return one line per item, or {@link UnorderableItems} naming every item that is
	 * not in the catalogue, no longer sold, or a product already on another line
	 */
	Mono<List<OrderLine>> price(List<RequestedItem> items) {
		List<UnorderableItems.Problem> duplicates = duplicates(items);
		if (!duplicates.isEmpty()) {
			return Mono.error(new UnorderableItems(duplicates));
		}
		Set<UUID> ids = new LinkedHashSet<>();
		items.forEach((item) -> ids.add(item.productId()));
		return this.catalogue.products(ids).collectMap(Product::id).flatMap((products) -> linesOf(items, products));
	}

	private static Mono<List<OrderLine>> linesOf(List<RequestedItem> items, Map<UUID, Product> products) {
		List<OrderLine> lines = new ArrayList<>(items.size());
		List<UnorderableItems.Problem> problems = new ArrayList<>();
		for (int index = 0; index < items.size(); index++) {
			RequestedItem item = items.get(index);
			Product product = products.get(item.productId());
			if (product == null) {
				problems.add(new UnorderableItems.Problem(index, "productId", "is not in the catalogue"));
			}
			else if (!product.active()) {
				problems.add(new UnorderableItems.Problem(index, "productId", "is no longer sold"));
			}
			else {
				lines.add(new OrderLine(product.id(), product.sku(), product.name(), item.quantity(), product.price()));
			}
		}
		return problems.isEmpty() ? Mono.just(lines) : Mono.error(new UnorderableItems(problems));
	}

	/**
	 * One line per product (ADR 0009): a product named twice is refused rather than
	 * merged, because summing quantities behind the client's back hides a client bug.
	 */
	private static List<UnorderableItems.Problem> duplicates(List<RequestedItem> items) {
		Set<UUID> seen = new HashSet<>();
		List<UnorderableItems.Problem> problems = new ArrayList<>();
		for (int index = 0; index < items.size(); index++) {
			if (!seen.add(items.get(index).productId())) {
				problems.add(new UnorderableItems.Problem(index, "productId", "is already on another item"));
			}
		}
		return problems;
	}

}
