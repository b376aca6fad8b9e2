package dev.orderflow.order.ordering;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import dev.orderflow.order.OrderServiceIntegrationTest;
import dev.orderflow.order.model.Order;
import dev.orderflow.order.model.OrderApproved;
import dev.orderflow.order.model.OrderCancelled;
import dev.orderflow.order.model.OrderCreated;
import dev.orderflow.order.model.OrderFixtures;
import dev.orderflow.order.model.OrderId;
import dev.orderflow.order.model.OrderStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two writers of one order (the saga listener approving, a customer cancelling) never
 * both win: every change is conditional on the version it read, and the loser decides
 * again on the order as the winner left it.
 */
@TestPropertySource(properties = "orderflow.saga.deadline=1h")
class OrderConcurrencyIT extends OrderServiceIntegrationTest {

	private static final int ORDERS = 20;

	@Autowired
	Orders orders;

	@Autowired
	OrderManagement management;

	@Autowired
	DatabaseClient db;

	@Test
	void storesAChangeOnlyAtTheVersionItWasReadAt() {
		Order placed = Order.place(OrderId.random(), UUID.randomUUID(), OrderFixtures.twoKeyboardsAndAMouse(),
				Instant.now().truncatedTo(ChronoUnit.MICROS));
		this.orders.insert(placed, Instant.now().plusSeconds(60), null, null).block();
		StoredOrder first = this.orders.findById(placed.id()).block();
		StoredOrder second = this.orders.findById(placed.id()).block();

		first.order().approve(Instant.now());
		second.order().cancel(Instant.now());

		assertThat(this.orders.update(first.order(), first.version()).block()).isTrue();
		assertThat(this.orders.update(second.order(), second.version()).block()).isFalse();
		StoredOrder stored = this.orders.findById(placed.id()).block();
		assertThat(stored.order().status()).isEqualTo(OrderStatus.APPROVED);
		assertThat(stored.version()).isEqualTo(first.version() + 1);
		assertThat(stored.order().lines()).isEqualTo(placed.lines());
		assertThat(stored.order().total()).isEqualTo(placed.total());
	}

	@Test
	void appliesAConcurrentApprovalAndCancellationOneAfterTheOther() throws Exception {
		UUID customer = UUID.randomUUID();
		Requester owner = new Requester(customer, false);
		for (int i = 0; i < ORDERS; i++) {
			OrderId id = this.management.place(customer, List.of(new RequestedItem(UUID.fromString(MOUSE_ID), 1)), null)
				.block()
				.order()
				.id();
			CyclicBarrier start = new CyclicBarrier(2);
			CompletableFuture<Order> approval = CompletableFuture
				.supplyAsync(() -> after(start, this.management.approve(id)));
			CompletableFuture<Order> cancellation = CompletableFuture
				.supplyAsync(() -> after(start, this.management.cancel(id, owner)));
			approval.get();
			cancellation.get();

			List<String> events = eventsOf(id);
			assertThat(this.management.order(id, owner).block().status()).isEqualTo(OrderStatus.CANCELLED);
			// either the approval came first and the cancel undid it, or the cancel came
			// first and the approval was a late no-op; never both from PENDING
			assertThat(events).isIn(List.of("OrderCreated", "OrderApproved", "OrderCancelled"),
					List.of("OrderCreated", "OrderCancelled"));
			assertThat(previousStatusOfCancellation(id))
				.isEqualTo(events.contains("OrderApproved") ? "APPROVED" : "PENDING");
		}
	}

	private static Order after(CyclicBarrier start, Mono<Order> change) {
		try {
			start.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return change.block();
	}

	private List<String> eventsOf(OrderId id) {
		return this.db.sql("SELECT type FROM outbox WHERE aggregateid = :id ORDER BY seq")
			.bind("id", id.toString())
			.map((row) -> row.get("type", String.class))
			.all()
			.collectList()
			.block();
	}

	private String previousStatusOfCancellation(OrderId id) {
		return this.db
			.sql("SELECT payload->>'previousStatus' AS previous FROM outbox WHERE aggregateid = :id"
					+ " AND type = 'OrderCancelled'")
			.bind("id", id.toString())
			.map((row) -> row.get("previous", String.class))
			.one()
			.block();
	}

}
