package dev.orderflow.order.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.orderflow.order.model.Order;
import dev.orderflow.order.model.OrderLine;
import dev.orderflow.order.model.OrderStatus;
import dev.orderflow.order.model.RejectionReason;
import dev.orderflow.platform.web.MoneyView;

/**
 * An order as clients see it; {@code rejectionReason} only when REJECTED.
 *
 * @param id the order id
 * @param status where the order is in the saga
 * @param rejectionReason why it was rejected
 * @param items what was ordered, with the catalogue's prices at the time
 * @param total the sum of the line totals
 * @param createdAt when it was placed
 * @param updatedAt when its status last changed
 */
record OrderView(UUID id, OrderStatus status,
		@JsonInclude(JsonInclude.Include.NON_NULL) RejectionReason rejectionReason, List<Item> items, MoneyView total,
		Instant createdAt, Instant updatedAt) {

	static OrderView of(Order order) {
		return new OrderView(order.id().value(), order.status(), order.rejectionReason().orElse(null),
				order.lines().stream().map(Item::of).toList(),
				MoneyView.of(order.total().amount(), order.total().currency()), order.createdAt(), order.updatedAt());
	}

	record Item(UUID productId, String sku, String name, int quantity, MoneyView unitPrice, MoneyView lineTotal) {

		static Item of(OrderLine line) {
			return new Item(line.productId(), line.sku(), line.name(), line.quantity(),
					MoneyView.of(line.unitPrice().amount(), line.unitPrice().currency()),
					MoneyView.of(line.total().amount(), line.total().currency()));
		}

	}

}
