package dev.orderflow.order.ordering;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import dev.orderflow.order.SagaIntegrationTest;
import dev.orderflow.order.model.OrderCreated;
import dev.orderflow.order.model.OrderRejected;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several replicas run the deadline job at once: they share the overdue orders, and each
 * order is rejected exactly once (one status change, one OrderRejected).
 */
// the scheduled job stays out of the way: the test runs the job itself, from two threads
@TestPropertySource(properties = { "orderflow.saga.deadline-check-interval=1h", "orderflow.saga.deadline=1h" })
class DeadlineClaimsIT extends SagaIntegrationTest {

	private static final int ORDERS = 30;

	@Autowired
	OrderDeadlines deadlines;

	@Test
	void rejectsEachOverdueOrderExactlyOnceWhenTwoReplicasRunTheJobAtOnce() throws Exception {
		String token = customer(UUID.randomUUID());
		List<UUID> orders = new ArrayList<>();
		for (int i = 0; i < ORDERS; i++) {
			orders.add(placedOrder(token, MOUSE_ID, 1));
		}
		UUID notDue = placedOrder(token, MOUSE_ID, 1);
		for (UUID order : orders) {
			this.database.sql("UPDATE orders SET deadline_at = now() - interval '1 second' WHERE id = :id")
				.bind("id", order)
				.then()
				.block();
		}

		CyclicBarrier start = new CyclicBarrier(2);
		CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> runJobAfter(start));
		CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> runJobAfter(start));

		assertThat(first.get() + second.get()).isEqualTo(ORDERS);
		assertThat(this.deadlines.rejectOverdue().block()).isZero();
		for (UUID order : orders) {
			assertThat(orderOf(token, order)).containsEntry("status", "REJECTED")
				.containsEntry("rejectionReason", "TIMEOUT");
			assertThat(outboxEvents(order, "OrderRejected")).isOne();
		}
		assertThat(statusOf(token, notDue)).isEqualTo("PENDING");
		for (UUID order : orders) {
			this.broker.await(order, "OrderRejected");
			assertThat(this.broker.types(order)).containsExactly("OrderCreated", "OrderRejected");
		}
	}

	private long runJobAfter(CyclicBarrier start) {
		try {
			start.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return this.deadlines.rejectOverdue().block(Duration.ofSeconds(60));
	}

}
