package dev.orderflow.order.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.orderflow.order.money.Money;

/**
 * An order and the only way its status changes. Every transition is guarded here and
 * records the event it raises, so that the state change and its events can be stored in
 * one transaction (outbox).
 *
 * <pre>
 * PENDING --approve--> APPROVED --cancel--> CANCELLED
 * PENDING --reject---> REJECTED
 * PENDING --cancel---> CANCELLED
 * </pre>
 *
 * Over 200 lines on purpose: an aggregate keeps every transition and its guard in one
 * place, so that no other class can move an order; the accessors and the checks of the
 * constructor are most of the length.
 * <p>
 * Asking for the state the order is already in is a no-op ({@link Transition#changed()}
 * is {@code false}); asking for a state it can no longer reach throws
 * {@link OrderCannotChange}.
 */
public final class Order {

	/** The most lines (products) one order may have. */
	public static final int MAX_LINES = 50;

	private final OrderId id;

	private final UUID customerId;

	private final List<OrderLine> lines;

	private final Money total;

	private final Instant createdAt;

	private OrderStatus status;

	private RejectionReason rejectionReason;

	private Instant updatedAt;

	private final List<OrderEvent> events = new ArrayList<>();

	private Order(OrderId id, UUID customerId, List<OrderLine> lines, OrderStatus status,
			RejectionReason rejectionReason, Instant createdAt, Instant updatedAt) {
		this.id = Objects.requireNonNull(id, "id");
		this.customerId = Objects.requireNonNull(customerId, "customerId");
		this.lines = List.copyOf(lines);
		this.total = totalOf(this.lines);
		this.status = Objects.requireNonNull(status, "status");
		if ((status == OrderStatus.REJECTED) != (rejectionReason != null)) {
			throw new IllegalArgumentException("A rejection reason goes with REJECTED, and only with it");
		}
		this.rejectionReason = rejectionReason;
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
		this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
	}

	/**
	 * A new order, PENDING until the saga decides; raises {@link OrderCreated}.
	 * @param id the new order's id
	 * @param customerId who orders
	 * @param lines 1 to {@link #MAX_LINES} lines, one per product, all in one currency
	 * @param now the time of placing
	 * @return the pending order
	 */
	public static Order place(OrderId id, UUID customerId, List<OrderLine> lines, Instant now) {
		Order order = new Order(id, customerId, lines, OrderStatus.PENDING, null, now, now);
		order.events.add(new OrderCreated(id, customerId, order.lines, order.total, now));
		return order;
	}

	/**
	 * An order as it was stored; raises nothing.
	 * @param id the id
	 * @param customerId the owner
	 * @param lines the lines
	 * @param status the status
	 * @param rejectionReason why it was rejected, only when REJECTED
	 * @param createdAt when it was placed
	 * @param updatedAt when its status last changed
	 * @return the order
	 */
	public static Order restore(OrderId id, UUID customerId, List<OrderLine> lines, OrderStatus status,
			RejectionReason rejectionReason, Instant createdAt, Instant updatedAt) {
		return new Order(id, customerId, lines, status, rejectionReason, createdAt, updatedAt);
	}

	/**
	 * Credit was reserved. Only a PENDING order can be approved.
	 * @param now the time of the change
	 * @return changed, or unchanged if already APPROVED
	 * @throws OrderCannotChange if REJECTED or CANCELLED
	 */
	public Transition approve(Instant now) {
		if (this.status == OrderStatus.APPROVED) {
			return Transition.alreadyIn(this.status);
		}
		requirePending(OrderStatus.APPROVED);
		return moveTo(OrderStatus.APPROVED, now, new OrderApproved(this.id, this.customerId, this.total, now));
	}

	/**
	 * The saga rejected the order. Only a PENDING order can be rejected; the first reason
	 * stays.
	 * @param reason why
	 * @param now the time of the change
	 * @return changed, or unchanged if already REJECTED (for whatever reason)
	 * @throws OrderCannotChange if APPROVED or CANCELLED
	 */
	public Transition reject(RejectionReason reason, Instant now) {
		Objects.requireNonNull(reason, "reason");
		if (this.status == OrderStatus.REJECTED) {
			return Transition.alreadyIn(this.status);
		}
		requirePending(OrderStatus.REJECTED);
		this.rejectionReason = reason;
		return moveTo(OrderStatus.REJECTED, now, new OrderRejected(this.id, this.customerId, reason, this.total, now));
	}

	/**
	 * The customer (or an administrator) cancels. PENDING and APPROVED orders can be
	 * cancelled.
	 * @param now the time of the change
	 * @return changed, or unchanged if already CANCELLED (the HTTP cancel answers that
	 * with 409, as docs/architecture.md says)
	 * @throws OrderCannotChange if REJECTED
	 */
	public Transition cancel(Instant now) {
		if (this.status == OrderStatus.CANCELLED) {
			return Transition.alreadyIn(this.status);
		}
		if (this.status != OrderStatus.PENDING && this.status != OrderStatus.APPROVED) {
			throw new OrderCannotChange(this.id, this.status, OrderStatus.CANCELLED);
		}
		return moveTo(OrderStatus.CANCELLED, now,
				new OrderCancelled(this.id, this.customerId, this.status, this.total, now));
	}

	public OrderId id() {
		return this.id;
	}

	public UUID customerId() {
		return this.customerId;
	}

	public List<OrderLine> lines() {
		return this.lines;
	}

	/**
	 * The sum of the lines, computed, never taken from a client.
	 * @return the total
	 */
	public Money total() {
		return this.total;
	}

	public OrderStatus status() {
		return this.status;
	}

	public Optional<RejectionReason> rejectionReason() {
		return Optional.ofNullable(this.rejectionReason);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/**
	 * The events raised since this order was placed or restored, oldest first, for the
	 * outbox to store in the same transaction as the order.
	 * @return the events
	 */
	public List<OrderEvent> events() {
		return List.copyOf(this.events);
	}

	/** Forgets the raised events, once they are stored. */
	public void clearEvents() {
		this.events.clear();
	}

	private void requirePending(OrderStatus requested) {
		if (this.status != OrderStatus.PENDING) {
			throw new OrderCannotChange(this.id, this.status, requested);
		}
	}

	private Transition moveTo(OrderStatus next, Instant now, OrderEvent event) {
		OrderStatus previous = this.status;
		this.status = next;
		this.updatedAt = now;
		this.events.add(event);
		return Transition.changed(previous, next);
	}

	private static Money totalOf(List<OrderLine> lines) {
		if (lines.isEmpty() || lines.size() > MAX_LINES) {
			throw new IllegalArgumentException("An order has 1 to " + MAX_LINES + " lines, not " + lines.size());
		}
		Set<UUID> products = new HashSet<>();
		Money total = Money.zero(lines.get(0).unitPrice().currency());
		for (OrderLine line : lines) {
			if (!products.add(line.productId())) {
				throw new IllegalArgumentException("Product " + line.productId() + " is on two lines");
			}
			// plus() refuses lines in different currencies
			total = total.plus(line.total());
		}
		return total;
	}

	@Override
	public String toString() {
		return "Order[" + this.id + ", " + this.status + ", " + this.total + "]";
	}

}
