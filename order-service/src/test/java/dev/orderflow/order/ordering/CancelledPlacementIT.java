package dev.orderflow.order.ordering;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.orderflow.order.OrderServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A placement whose caller goes away half-way (the gateway's time limit, a client that
 * hangs up) still commits the whole order: never an order without its lines or its
 * OrderCreated. Such an order stopped the deadline loop for good, and load shedding then
 * refused every new order. A client that retries with its idempotency key gets this
 * order.
 */
class CancelledPlacementIT extends OrderServiceIntegrationTest {

	@Autowired
	OrderManagement management;

	@Autowired
	ConnectionFactory connections;

	@Autowired
	DatabaseClient db;

	@ParameterizedTest
	@ValueSource(strings = { "order_lines", "outbox" })
	void aPlacementWhoseCallerLeftHalfWayCommitsTheWholeOrder(String blockedTable) {
		UUID customer = UUID.randomUUID();
		Connection lock = Mono.from(this.connections.create()).block();
		try {
			// the table cannot be written until the lock goes: the placement waits
			// half-way, after the order row (and its lines, when the outbox is locked)
			Mono.from(lock.beginTransaction()).block();
			Flux.from(lock.createStatement("LOCK TABLE " + blockedTable + " IN EXCLUSIVE MODE").execute())
				.flatMap((result) -> result.getRowsUpdated())
				.blockLast();
			Disposable placement = this.management
				.place(customer, List.of(new RequestedItem(UUID.fromString(MOUSE_ID), 1)), null)
				.subscribe((placed) -> {
				}, (ex) -> {
				});
			await().atMost(Duration.ofSeconds(20)).until(() -> waitingForTheLock(blockedTable) == 1);

			placement.dispose();
		}
		finally {
			Mono.from(lock.rollbackTransaction()).then(Mono.from(lock.close())).block();
		}

		// the order, its lines and its OrderCreated become visible together, at the
		// commit
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("SELECT count(*) FROM orders WHERE customer_id = '" + customer + "'") == 1);
		long withLines = count("SELECT count(DISTINCT o.id) FROM orders o JOIN order_lines l ON l.order_id = o.id"
				+ " WHERE o.customer_id = '" + customer + "'");
		long announced = count(
				"SELECT count(*) FROM outbox WHERE type = 'OrderCreated' AND payload::text LIKE '%" + customer + "%'");
		assertThat(withLines).as("orders with lines").isOne();
		assertThat(announced).as("OrderCreated events").isOne();
	}

	private long waitingForTheLock(String table) {
		return count("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
				+ " AND query LIKE '%INSERT INTO " + table + "%'");
	}

	private long count(String sql) {
		return this.db.sql(sql).map((row) -> row.get(0, Long.class)).one().block();
	}

}
