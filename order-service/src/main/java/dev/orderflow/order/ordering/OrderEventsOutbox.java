package dev.orderflow.order.ordering;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.orderflow.order.money.Money;
import dev.orderflow.order.model.OrderApproved;
import dev.orderflow.order.model.OrderCancelled;
import dev.orderflow.order.model.OrderCreated;
import dev.orderflow.order.model.OrderEvent;
import dev.orderflow.order.model.OrderRejected;
import dev.orderflow.platform.messaging.outbox.Outbox;
import dev.orderflow.platform.messaging.outbox.OutboxEvent;

/**
 * Order events through the transactional outbox on {@code orders.order.v1}, keyed by
 * order id so that one order's events stay in order; the domain events are mapped to the
 * contract's records here.
 */
@Component
class OrderEventsOutbox implements OrderEvents {

	private final Outbox outbox;

	OrderEventsOutbox(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public Mono<Void> append(List<OrderEvent> events) {
		return Flux.fromIterable(events).concatMap(this::append).then();
	}

	@Override
	public Mono<Instant> oldestUnpublished() {
		return this.outbox.oldestUnsent();
	}

	private Mono<Void> append(OrderEvent event) {
		return this.outbox
			.append(OutboxEvent.of(SagaEvents.ORDERS, "Order", event.orderId(), type(event), payload(event)));
	}

	static String type(OrderEvent event) {
		// the contract's names, which happen to be the domain's too; never a class name
		if (event instanceof OrderCreated) {
			return "OrderCreated";
		}
		if (event instanceof OrderApproved) {
			return "OrderApproved";
		}
		if (event instanceof OrderRejected) {
			return "OrderRejected";
		}
		if (event instanceof OrderCancelled) {
			return "OrderCancelled";
		}
		throw new IllegalArgumentException("No contract for " + event);
	}

	static Object payload(OrderEvent event) {
		if (event instanceof OrderCreated created) {
			return new SagaEvents.OrderCreated(created.orderId().value(), created.customerId(),
					created.lines()
						.stream()
						.map((line) -> new SagaEvents.Item(line.productId(), line.sku(), line.name(), line.quantity(),
								money(line.unitPrice())))
						.toList(),
					money(created.total()), created.occurredAt());
		}
		if (event instanceof OrderApproved approved) {
			return new SagaEvents.OrderApproved(approved.orderId().value(), approved.customerId(),
					money(approved.total()), approved.occurredAt());
		}
		if (event instanceof OrderRejected rejected) {
			return new SagaEvents.OrderRejected(rejected.orderId().value(), rejected.customerId(),
					rejected.reason().name(), money(rejected.total()), rejected.occurredAt());
		}
		if (event instanceof OrderCancelled cancelled) {
			return new SagaEvents.OrderCancelled(cancelled.orderId().value(), cancelled.customerId(),
					cancelled.previousStatus().name(), money(cancelled.total()), cancelled.occurredAt());
		}
		throw new IllegalArgumentException("No contract for " + event);
	}

	private static SagaEvents.Money money(Money money) {
		return new SagaEvents.Money(money.amount().toPlainString(), money.currency());
	}

}
