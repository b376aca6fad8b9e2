package dev.orderflow.order.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import dev.orderflow.order.model.Order;
import dev.orderflow.order.model.OrderId;
import dev.orderflow.order.model.OrderLine;
import dev.orderflow.order.model.OrderStatus;
import dev.orderflow.order.model.RejectionReason;
import dev.orderflow.order.money.Money;

/**
 * The orders and order_lines tables, in plain SQL so every statement is visible. A status
 * change is one conditional UPDATE on the version it was read at: of two concurrent
 * writers, exactly one wins.
 * <p>
 * Over 200 lines on purpose: every statement that touches an order's rows is here, so a
 * reader sees all the SQL (and every index it needs) in one file; the row mapping is a
 * third of it.
 */
@Repository
class Orders {

	private static final String COLUMNS = "id, customer_id, status, rejection_reason, request_hash, created_at, "
			+ "updated_at, version";

	private static final String LINE_COLUMNS = "order_id, product_id, sku, name, quantity, unit_price, currency";

	private final DatabaseClient db;

	Orders(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Stores a new order with its lines.
	 * @param order the placed order
	 * @param deadline when it is rejected if still PENDING
	 * @param idempotencyKey the client's key, or {@code null}
	 * @param requestHash the fingerprint of the request, with a key only
	 * @return completes when stored; a {@code DuplicateKeyException} if the customer
	 * already used the key
	 */
	Mono<Void> insert(Order order, Instant deadline, String idempotencyKey, String requestHash) {
		DatabaseClient.GenericExecuteSpec insert = this.db
			.sql("INSERT INTO orders (id, customer_id, status, total_amount, currency, idempotency_key, request_hash,"
					+ " created_at, updated_at, deadline_at, version) VALUES (:id, :customerId, :status, :total,"
					+ " :currency, :key, :hash, :createdAt, :updatedAt, :deadline, 0)")
			.bind("id", order.id().value())
			.bind("customerId", order.customerId())
			.bind("status", order.status().name())
			.bind("total", order.total().amount())
			.bind("currency", order.total().currency())
			.bind("createdAt", utc(order.createdAt()))
			.bind("updatedAt", utc(order.updatedAt()))
			.bind("deadline", utc(deadline));
		insert = (idempotencyKey != null) ? insert.bind("key", idempotencyKey).bind("hash", requestHash)
				: insert.bindNull("key", String.class).bindNull("hash", String.class);
		return insert.then().thenMany(Flux.range(0, order.lines().size())).concatMap((index) -> {
			OrderLine line = order.lines().get(index);
			return this.db
				.sql("INSERT INTO order_lines (order_id, line_no, product_id, sku, name, quantity, unit_price,"
						+ " currency) VALUES (:orderId, :lineNo, :productId, :sku, :name, :quantity, :unitPrice,"
						+ " :currency)")
				.bind("orderId", order.id().value())
				.bind("lineNo", index.shortValue())
				.bind("productId", line.productId())
				.bind("sku", line.sku())
				.bind("name", line.name())
				.bind("quantity", line.quantity())
				.bind("unitPrice", line.unitPrice().amount())
				.bind("currency", line.unitPrice().currency())
				.then();
		}).then();
	}

	Mono<StoredOrder> findById(OrderId id) {
		return withLines(this.db.sql("SELECT " + COLUMNS + " FROM orders WHERE id = :id")
			.bind("id", id.value())
			.map(Orders::row)
			.one());
	}

	Mono<StoredOrder> findByIdempotencyKey(UUID customerId, String key) {
		return withLines(this.db
			.sql("SELECT " + COLUMNS + " FROM orders WHERE customer_id = :customerId AND idempotency_key = :key")
			.bind("customerId", customerId)
			.bind("key", key)
			.map(Orders::row)
			.one());
	}

	/**
	 * Locks the PENDING order whose deadline passed longest ago, skipping orders that
	 * another transaction (another replica's deadline job, a listener) holds: replicas
	 * share the overdue orders and none is handled twice. None is overdue while the
	 * deadlines are held ({@link #holdDeadlines}). Only inside a transaction.
	 * @param now the current time
	 * @return the locked order, or empty when no unlocked order is overdue
	 */
	Mono<StoredOrder> claimNextOverdue(Instant now) {
		return withLines(this.db
			.sql("SELECT " + COLUMNS + " FROM orders WHERE status = 'PENDING' AND deadline_at <= :now"
					+ " AND NOT EXISTS (SELECT 1 FROM saga_deadline_hold WHERE held_until > :now)"
					+ " ORDER BY deadline_at LIMIT 1 FOR UPDATE SKIP LOCKED")
			.bind("now", utc(now))
			.map(Orders::row)
			.one());
	}

	/**
	 * No order times out before {@code until}: every PENDING order's deadline becomes at
	 * least that, in one row for every replica rather than in each order (a backlog of
	 * 100,000 orders was rewritten once a second while Kafka was away). Not a change of
	 * an order (no version, no event): the deadline is the saga's bookkeeping.
	 */
	Mono<Void> holdDeadlines(Instant until) {
		return this.db
			.sql("INSERT INTO saga_deadline_hold (id, held_until) VALUES (true, :until) ON CONFLICT (id)"
					+ " DO UPDATE SET held_until = greatest(saga_deadline_hold.held_until, excluded.held_until)")
			.bind("until", utc(until))
			.then();
	}

	/**
	 * Stores a status change if the order is still at the version it was read at.
	 * @param order the changed order
	 * @param version the version it was read at
	 * @return whether it was stored; {@code false} when another change came first
	 */
	Mono<Boolean> update(Order order, long version) {
		DatabaseClient.GenericExecuteSpec update = this.db
			.sql("UPDATE orders SET status = :status, rejection_reason = :reason, updated_at = :updatedAt,"
					+ " version = version + 1 WHERE id = :id AND version = :version")
			.bind("status", order.status().name())
			.bind("updatedAt", utc(order.updatedAt()))
			.bind("id", order.id().value())
			.bind("version", version);
		RejectionReason reason = order.rejectionReason().orElse(null);
		update = (reason != null) ? update.bind("reason", reason.name()) : update.bindNull("reason", String.class);
		return update.fetch().rowsUpdated().map((rows) -> rows == 1);
	}

	/**
	 * A page of a customer's orders, newest first.
	 * @param customerId the owner
	 * @param status only orders in this status, or all when {@code null}
	 * @param page the zero-based page
	 * @param size the page size
	 * @return the orders of the page
	 */
	Flux<Order> pageOfCustomer(UUID customerId, OrderStatus status, int page, int size) {
		DatabaseClient.GenericExecuteSpec select = this.db
			.sql("SELECT " + COLUMNS + " FROM orders" + " WHERE customer_id = :customerId"
					+ ((status != null) ? " AND status = :status" : "")
					+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.bind("customerId", customerId)
			.bind("limit", size)
			.bind("offset", (long) page * size);
		if (status != null) {
			select = select.bind("status", status.name());
		}
		return select.map(Orders::row).all().collectList().flatMapMany(this::withLines).map(StoredOrder::order);
	}

	Mono<Long> countOfCustomer(UUID customerId, OrderStatus status) {
		DatabaseClient.GenericExecuteSpec count = this.db
			.sql("SELECT count(*) AS total FROM orders" + " WHERE customer_id = :customerId"
					+ ((status != null) ? " AND status = :status" : ""))
			.bind("customerId", customerId);
		if (status != null) {
			count = count.bind("status", status.name());
		}
		return count.map((row) -> row.get("total", Long.class)).one();
	}

	private Mono<StoredOrder> withLines(Mono<OrderRow> row) {
		return row.flatMap((found) -> withLines(List.of(found)).next());
	}

	/** Reads the lines of all the orders in one statement, keeping the orders' order. */
	private Flux<StoredOrder> withLines(List<OrderRow> rows) {
		if (rows.isEmpty()) {
			return Flux.empty();
		}
		List<UUID> ids = rows.stream().map(OrderRow::id).toList();
		return linesOf(ids).map((lines) -> {
			List<StoredOrder> orders = new ArrayList<>(rows.size());
			for (OrderRow row : rows) {
				orders.add(row.toStoredOrder(lines.getOrDefault(row.id(), List.of())));
			}
			return orders;
		}).flatMapIterable((orders) -> orders);
	}

	private Mono<Map<UUID, List<OrderLine>>> linesOf(Collection<UUID> orderIds) {
		return this.db
			.sql("SELECT " + LINE_COLUMNS + " FROM order_lines WHERE order_id IN (:ids) ORDER BY order_id, line_no")
			.bind("ids", orderIds)
			.map((row) -> Map.entry(row.get("order_id", UUID.class), line(row)))
			.all()
			.collect(LinkedHashMap::new, (lines,
					entry) -> lines.computeIfAbsent(entry.getKey(), (id) -> new ArrayList<>()).add(entry.getValue()));
	}

	private static OrderRow row(Readable row) {
		String reason = row.get("rejection_reason", String.class);
		return new OrderRow(row.get("id", UUID.class), row.get("customer_id", UUID.class),
				OrderStatus.valueOf(row.get("status", String.class)),
				(reason != null) ? RejectionReason.valueOf(reason) : null, row.get("request_hash", String.class),
				row.get("created_at", OffsetDateTime.class).toInstant(),
				row.get("updated_at", OffsetDateTime.class).toInstant(), row.get("version", Long.class));
	}

	private static OrderLine line(Readable row) {
		return new OrderLine(row.get("product_id", UUID.class), row.get("sku", String.class),
				row.get("name", String.class), row.get("quantity", Integer.class),
				new Money(row.get("unit_price", BigDecimal.class), row.get("currency", String.class)));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record OrderRow(UUID id, UUID customerId, OrderStatus status, RejectionReason rejectionReason,
			String requestHash, Instant createdAt, Instant updatedAt, long version) {

		StoredOrder toStoredOrder(List<OrderLine> lines) {
			return new StoredOrder(Order.restore(new OrderId(this.id), this.customerId, lines, this.status,
					this.rejectionReason, this.createdAt, this.updatedAt), this.version, this.requestHash);
		}

	}

}
