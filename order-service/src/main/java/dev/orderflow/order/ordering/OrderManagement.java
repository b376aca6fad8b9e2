package dev.orderflow.order.ordering;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import dev.orderflow.order.model.Order;
import dev.orderflow.order.model.OrderCannotChange;
import dev.orderflow.order.model.OrderCreated;
import dev.orderflow.order.model.OrderEvent;
import dev.orderflow.order.model.OrderId;
import dev.orderflow.order.model.OrderStatus;
import dev.orderflow.order.model.RejectionReason;
import dev.orderflow.order.model.Transition;
import dev.orderflow.platform.transactions.WholeTransactions;

/**
 * The orders use cases. Every change loads the aggregate, lets it decide, and stores the
 * new status with the events it raised in one transaction (outbox). A change that loses a
 * race against another writer is retried on the reloaded order.
 * <p>
 * Over 200 lines on purpose: the six use cases share that load, decide, store and retry
 * cycle ({@code change} and {@code store}), so they stay in one class; placing an order
 * with its idempotency key is the largest part.
 */
@Service
class OrderManagement {

	private static final Logger log = LoggerFactory.getLogger(OrderManagement.class);

	/** Attempts of a change that keeps losing races before giving up. */
	private static final int ATTEMPTS = 3;

	private final Orders orders;

	private final OrderPricing pricing;

	private final OrderEvents events;

	private final OrderMetrics metrics;

	private final SagaSettings saga;

	private final SagaBacklog backlog;

	private final WholeTransactions transactions;

	private final Clock clock;

	OrderManagement(Orders orders, OrderPricing pricing, OrderEvents events, OrderMetrics metrics, SagaSettings saga,
			SagaBacklog backlog, WholeTransactions transactions, Clock clock) {
		this.orders = orders;
		this.pricing = pricing;
		this.events = events;
		this.metrics = metrics;
		this.saga = saga;
		this.backlog = backlog;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Places an order, priced from the catalogue; the order, its lines and OrderCreated
	 * commit together. With an idempotency key, a repeated request answers with the order
	 * the first one created.
	 * @param customerId who orders
	 * @param items what, 1 to {@link Order#MAX_LINES} products
	 * @param idempotencyKey the client's key, or {@code null}
	 * @return the pending (or earlier) order, or {@link UnorderableItems},
	 * {@link IdempotencyKeyReused}, {@link SagaBehind} (a new order only: a repeated
	 * request still gets the order it made)
	 */
	public Mono<PlacedOrder> place(UUID customerId, List<RequestedItem> items, String idempotencyKey) {
		if (idempotencyKey == null) {
			return placeNew(customerId, items, null, null);
		}
		String fingerprint = RequestFingerprint.of(items);
		return earlier(customerId, idempotencyKey, fingerprint)
			.switchIfEmpty(Mono.defer(() -> placeNew(customerId, items, idempotencyKey, fingerprint)))
			// a concurrent request with the same key committed first
			.onErrorResume(DuplicateKeyException.class,
					(ex) -> earlier(customerId, idempotencyKey, fingerprint).switchIfEmpty(Mono.error(ex)));
	}

	/**
	 * One order, if the requester may see it.
	 * @param id the order
	 * @param requester who asks
	 * @return the order, or {@link OrderNotFound} (also for another customer's order)
	 */
	public Mono<Order> order(OrderId id, Requester requester) {
		return this.orders.findById(id)
			.map(StoredOrder::order)
			.filter(requester::mayAccess)
			.switchIfEmpty(Mono.error(() -> new OrderNotFound(id)));
	}

	/**
	 * A customer's orders, newest first.
	 * @param customerId the owner
	 * @param status only this status, or all when {@code null}
	 * @param page the zero-based page
	 * @param size the page size
	 * @return the page
	 */
	public Mono<OrderPage> ordersOf(UUID customerId, OrderStatus status, int page, int size) {
		return this.orders.pageOfCustomer(customerId, status, page, size)
			.collectList()
			.zipWith(this.orders.countOfCustomer(customerId, status),
					(items, total) -> new OrderPage(items, page, size, total));
	}

	/**
	 * The owner or an administrator cancels a PENDING or APPROVED order.
	 * @param id the order
	 * @param requester who asks
	 * @return the cancelled order, or {@link OrderNotFound}, or {@link OrderCannotChange}
	 * when it is REJECTED or already CANCELLED
	 */
	public Mono<Order> cancel(OrderId id, Requester requester) {
		return change(id, requester::mayAccess, (order) -> {
			Transition transition = order.cancel(now());
			if (!transition.changed()) {
				throw new OrderCannotChange(id, order.status(), OrderStatus.CANCELLED);
			}
			return transition;
		}).switchIfEmpty(Mono.error(() -> new OrderNotFound(id)));
	}

	/**
	 * user-service reserved the credit. A late or repeated reservation for an order that
	 * moved on changes nothing (the saga's no-op, docs/architecture.md).
	 * @param id the order
	 * @return the order after the event, empty for an order this service does not know
	 */
	public Mono<Order> approve(OrderId id) {
		return sagaChange(id, "CreditReserved", (order) -> order.approve(now()));
	}

	/**
	 * user-service could not reserve the credit. A late or repeated rejection changes
	 * nothing; the first reason stays.
	 * @param id the order
	 * @param reason why
	 * @return the order after the event, empty for an order this service does not know
	 */
	public Mono<Order> reject(OrderId id, RejectionReason reason) {
		return sagaChange(id, "CreditRejected " + reason, (order) -> order.reject(reason, now()));
	}

	/**
	 * Rejects the PENDING order whose deadline passed longest ago with TIMEOUT, in a
	 * transaction of its own that holds the order's row lock: concurrent callers (other
	 * replicas) each get another order.
	 * @return the rejected order, or empty when no unclaimed order is overdue
	 */
	Mono<Order> timeOutNextOverdue() {
		return Mono.defer(() -> this.orders.claimNextOverdue(now()))
			.flatMap((stored) -> store(stored, (order) -> order.reject(RejectionReason.TIMEOUT, now())))
			.as(this.transactions::whole);
	}

	private Mono<PlacedOrder> placeNew(UUID customerId, List<RequestedItem> items, String key, String fingerprint) {
		if (this.backlog.isBehind()) {
			this.metrics.shed();
			return Mono.error(new SagaBehind(this.backlog.oldestPending(), this.saga.shedRetryAfter()));
		}
		return this.pricing.price(items).flatMap((lines) -> {
			Instant now = now();
			Order order = Order.place(OrderId.random(), customerId, lines, now);
			return this.orders.insert(order, now.plus(this.saga.deadline()), key, fingerprint)
				.then(Mono.defer(() -> this.events.append(order.events())))
				.as(this.transactions::whole)
				.then(Mono.fromSupplier(() -> {
					order.clearEvents();
					this.metrics.placed();
					return new PlacedOrder(order, false);
				}));
		});
	}

	private Mono<PlacedOrder> earlier(UUID customerId, String key, String fingerprint) {
		return this.orders.findByIdempotencyKey(customerId, key).map((stored) -> {
			if (!fingerprint.equals(stored.requestHash())) {
				throw new IdempotencyKeyReused(key, stored.order().id());
			}
			return new PlacedOrder(stored.order(), true);
		});
	}

	/**
	 * A saga event's transition: one the order can no longer make is a late event and
	 * changes nothing, like a duplicate. It is decided inside the transaction, so that
	 * the consumer's transaction (inbox) is not marked for rollback.
	 */
	private Mono<Order> sagaChange(OrderId id, String event, Function<Order, Transition> transition) {
		return change(id, (order) -> true, (order) -> {
			try {
				return transition.apply(order);
			}
			catch (OrderCannotChange ex) {
				log.info("Ignoring {} for order {}: {}", event, id, ex.getMessage());
				return new Transition(order.status(), order.status());
			}
		}).switchIfEmpty(Mono.fromRunnable(() -> log.warn("Ignoring {} for unknown order {}", event, id)));
	}

	/**
	 * Loads the order, applies the transition and stores the result, reloading and trying
	 * again when another writer changed the order in between.
	 * @return the order after the change, or empty when there is no such order (or the
	 * requester may not change it)
	 */
	private Mono<Order> change(OrderId id, Predicate<Order> allowed, Function<Order, Transition> transition) {
		return Mono.defer(() -> this.orders.findById(id))
			.filter((stored) -> allowed.test(stored.order()))
			.flatMap((stored) -> store(stored, transition))
			.retryWhen(Retry.max(ATTEMPTS - 1)
				.filter(LostRace.class::isInstance)
				.onRetryExhaustedThrow((spec, signal) -> new OrderChangedConcurrently(id)))
			.as(this.transactions::whole);
	}

	/**
	 * Applies a transition to a stored order and stores the change with its events, if it
	 * changed anything.
	 */
	private Mono<Order> store(StoredOrder stored, Function<Order, Transition> transition) {
		Order order = stored.order();
		transition.apply(order);
		List<OrderEvent> raised = order.events();
		if (raised.isEmpty()) {
			return Mono.just(order);
		}
		return this.orders.update(order, stored.version()).flatMap((updated) -> {
			if (!updated) {
				return Mono.error(new LostRace());
			}
			return this.events.append(raised).then(Mono.fromSupplier(() -> {
				order.clearEvents();
				this.metrics.changed(order);
				return order;
			}));
		});
	}

	private Instant now() {
		// PostgreSQL keeps microseconds: what is stored is what the events say
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** Another writer changed the order between reading and writing it. */
	private static final class LostRace extends RuntimeException {

		LostRace() {
			super(null, null, false, false);
		}

	}

}
