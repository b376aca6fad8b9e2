package dev.orderflow.order.ordering;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.orderflow.order.SagaIntegrationTest;
import dev.orderflow.order.model.OrderApproved;
import dev.orderflow.order.model.OrderCreated;
import dev.orderflow.order.model.OrderRejected;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The saga's deadline with user-service silent (down, or its answer lost): the order does
 * not stay PENDING for ever (I1), and a decision that arrives afterwards changes nothing.
 */
@TestPropertySource(properties = { "orderflow.saga.deadline=2s", "orderflow.saga.deadline-check-interval=200ms" })
class OrderDeadlineIT extends SagaIntegrationTest {

	private final UUID customer = UUID.randomUUID();

	private final String token = customer(this.customer);

	@Test
	void rejectsAnOrderWithoutACreditDecisionWhenItsDeadlinePasses() {
		long placedAt = System.nanoTime();
		UUID order = placedOrder(this.token, MOUSE_ID, 1);

		awaitStatus(this.token, order, "REJECTED");

		assertThat(Duration.ofNanos(System.nanoTime() - placedAt)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
		assertThat(orderOf(this.token, order)).containsEntry("rejectionReason", "TIMEOUT");
		assertThat(this.broker.await(order, "OrderRejected").value()).contains("\"TIMEOUT\"");
	}

	@Test
	void ignoresACreditReservationThatArrivesAfterTheDeadline() {
		UUID order = placedOrder(this.token, MOUSE_ID, 1);
		awaitStatus(this.token, order, "REJECTED");

		deliver(SagaFixtures.creditReserved(order, this.customer, "24.99"));

		assertThat(orderOf(this.token, order)).containsEntry("status", "REJECTED")
			.containsEntry("rejectionReason", "TIMEOUT");
		assertThat(outboxEvents(order, "OrderApproved")).isZero();
		assertThat(outboxEvents(order, "OrderRejected")).isOne();
		this.broker.await(order, "OrderRejected");
		assertThat(this.broker.types(order)).containsExactly("OrderCreated", "OrderRejected");
	}

	@Test
	void leavesAnOrderThatWasDecidedInTimeAlone() {
		UUID order = placedOrder(this.token, MOUSE_ID, 1);
		deliver(SagaFixtures.creditReserved(order, this.customer, "24.99"));
		awaitStatus(this.token, order, "APPROVED");
		// an order placed later and left unanswered: once it has timed out, the deadline
		// job has run past the first order's deadline too (no waiting on the clock)
		UUID later = placedOrder(this.token, MOUSE_ID, 1);
		awaitStatus(this.token, later, "REJECTED");

		assertThat(statusOf(this.token, order)).isEqualTo("APPROVED");
		assertThat(outboxEvents(order, "OrderRejected")).isZero();
	}

}
