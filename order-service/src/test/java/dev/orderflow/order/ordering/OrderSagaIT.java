package dev.orderflow.order.ordering;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import dev.orderflow.order.SagaBroker;
import dev.orderflow.order.SagaIntegrationTest;
import dev.orderflow.platform.messaging.deadletter.DeadLetters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * order-service as the saga's initiator against the real broker and database: it
 * announces orders, applies user-service's decisions once, ignores late ones, and
 * dead-letters what it can never read (I1, I3).
 */
// the deadline has tests of its own; here it must not interfere with slow runs
@TestPropertySource(properties = "orderflow.saga.deadline=5m")
class OrderSagaIT extends SagaIntegrationTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	DeadLetters deadLetters;

	@Autowired
	MeterRegistry meters;

	private final UUID customer = UUID.randomUUID();

	private final String token = customer(this.customer);

	@Test
	void announcesAPlacedOrderWithCataloguePrices() {
		UUID order = placedOrder(this.token, KEYBOARD_ID, 2, MOUSE_ID, 1);

		ConsumerRecord<String, String> created = this.broker.await(order, "OrderCreated");

		assertThat(created.key()).isEqualTo(order.toString());
		assertThat(SagaBroker.header(created, "ce_source")).isEqualTo("/order-service");
		assertThat(SagaBroker.header(created, "ce_subject")).isEqualTo(order.toString());
		JsonNode payload = json.readTree(created.value());
		assertThat(payload.get("orderId").asString()).isEqualTo(order.toString());
		assertThat(payload.get("userId").asString()).isEqualTo(this.customer.toString());
		assertThat(payload.get("items")).hasSize(2);
		assertThat(payload.get("items").get(0).get("sku").asString()).isEqualTo("KB-MECH-87");
		assertThat(payload.get("items").get(0).get("quantity").asInt()).isEqualTo(2);
		assertThat(payload.get("items").get(0).get("unitPrice").get("amount").asString()).isEqualTo("89.90");
		assertThat(payload.get("items").get(1).get("unitPrice").get("amount").asString()).isEqualTo("24.99");
		assertThat(payload.get("total").get("amount").asString()).isEqualTo("204.79");
		assertThat(payload.get("total").get("currency").asString()).isEqualTo("EUR");
	}

	@Test
	void approvesAnOrderWhenItsCreditIsReserved() {
		UUID order = placedOrder(this.token, MOUSE_ID, 2);
		this.broker.await(order, "OrderCreated");

		this.broker.send(SagaFixtures.creditReserved(order, this.customer, "49.98"));

		awaitStatus(this.token, order, "APPROVED");
		JsonNode approved = json.readTree(this.broker.await(order, "OrderApproved").value());
		assertThat(approved.get("total").get("amount").asString()).isEqualTo("49.98");
		assertThat(approved.get("userId").asString()).isEqualTo(this.customer.toString());
		assertThat(orderOf(this.token, order)).doesNotContainKey("rejectionReason");
	}

	@ParameterizedTest
	@ValueSource(strings = { "INSUFFICIENT_CREDIT", "USER_NOT_FOUND", "USER_SUSPENDED" })
	void rejectsAnOrderWithTheReasonUserServiceGives(String reason) {
		UUID order = placedOrder(this.token, MONITOR_ID, 1);

		this.broker.send(SagaFixtures.creditRejected(order, this.customer, "279.00", reason));

		awaitStatus(this.token, order, "REJECTED");
		assertThat(orderOf(this.token, order)).containsEntry("rejectionReason", reason);
		JsonNode rejected = json.readTree(this.broker.await(order, "OrderRejected").value());
		assertThat(rejected.get("reason").asString()).isEqualTo(reason);
		assertThat(rejected.get("total").get("amount").asString()).isEqualTo("279.00");
	}

	@Test
	void cancelsAPendingOrderAndSaysItWasPending() {
		UUID order = placedOrder(this.token, MOUSE_ID, 1);

		cancelOrder(this.token, order).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CANCELLED");

		JsonNode cancelled = json.readTree(this.broker.await(order, "OrderCancelled").value());
		assertThat(cancelled.get("previousStatus").asString()).isEqualTo("PENDING");
		assertThat(cancelled.get("total").get("amount").asString()).isEqualTo("24.99");
	}

	@Test
	void cancelsAnApprovedOrderSoThatItsCreditIsReleased() {
		UUID order = placedOrder(this.token, MOUSE_ID, 1);
		deliver(SagaFixtures.creditReserved(order, this.customer, "24.99"));

		cancelOrder(this.token, order).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CANCELLED");

		JsonNode cancelled = json.readTree(this.broker.await(order, "OrderCancelled").value());
		assertThat(cancelled.get("previousStatus").asString()).isEqualTo("APPROVED");
		double ignored = consumed("CreditReleased", "ignored");
		this.broker.send(SagaFixtures.creditReleased(order, this.customer, "24.99"));
		await().atMost(Duration.ofSeconds(30)).until(() -> consumed("CreditReleased", "ignored") > ignored);
		assertThat(statusOf(this.token, order)).isEqualTo("CANCELLED");
	}

	@Test
	void refusesToCancelARejectedOrCancelledOrder() {
		UUID rejected = placedOrder(this.token, MOUSE_ID, 1);
		deliver(SagaFixtures.creditRejected(rejected, this.customer, "24.99", "INSUFFICIENT_CREDIT"));
		UUID cancelled = placedOrder(this.token, MOUSE_ID, 1);
		cancelOrder(this.token, cancelled).expectStatus().isOk();

		for (UUID order : new UUID[] { rejected, cancelled }) {
			cancelOrder(this.token, order).expectStatus()
				.isEqualTo(409)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:orderflow:problem:order-cannot-change");
		}
		assertThat(outboxEvents(cancelled, "OrderCancelled")).isOne();
		assertThat(outboxEvents(rejected, "OrderCancelled")).isZero();
		assertThat(statusOf(this.token, rejected)).isEqualTo("REJECTED");
	}

	@Test
	void approvesOnceWhenTheSameEventIsDeliveredTwice() {
		UUID order = placedOrder(this.token, MOUSE_ID, 1);
		ProducerRecord<String, String> reserved = SagaFixtures.creditReserved(order, this.customer, "24.99");

		deliver(reserved);
		double duplicatesBefore = duplicateReservations();
		this.broker.send(reserved);

		// a duplicate leaves no trace but the counter: its inbox row is the first
		// delivery's
		await().atMost(Duration.ofSeconds(30)).until(() -> duplicateReservations() > duplicatesBefore);
		assertThat(outboxEvents(order, "OrderApproved")).isOne();
		this.broker.await(order, "OrderApproved");
		assertThat(this.broker.types(order)).containsExactly("OrderCreated", "OrderApproved");
	}

	@Test
	void approvesOnceWhenUserServiceAnnouncesTheReservationTwice() {
		UUID order = placedOrder(this.token, MOUSE_ID, 1);
		ProducerRecord<String, String> reserved = SagaFixtures.creditReserved(order, this.customer, "24.99");

		deliver(reserved);
		deliver(SagaFixtures.withNewId(reserved));

		assertThat(outboxEvents(order, "OrderApproved")).isOne();
		assertThat(statusOf(this.token, order)).isEqualTo("APPROVED");
	}

	@Test
	void ignoresACreditRejectionThatArrivesAfterTheApproval() {
		UUID order = placedOrder(this.token, MOUSE_ID, 1);
		deliver(SagaFixtures.creditReserved(order, this.customer, "24.99"));

		ProducerRecord<String, String> late = SagaFixtures.creditRejected(order, this.customer, "24.99",
				"INSUFFICIENT_CREDIT");
		deliver(late);

		assertThat(orderOf(this.token, order)).containsEntry("status", "APPROVED").doesNotContainKey("rejectionReason");
		assertThat(outboxEvents(order, "OrderRejected")).isZero();
		assertThat(deadLettersOf(order)).isZero();
	}

	@Test
	void ignoresCreditEventsOfAnOrderItDoesNotKnow() {
		UUID unknown = UUID.randomUUID();

		deliver(SagaFixtures.creditReserved(unknown, this.customer, "10.00"));
		deliver(SagaFixtures.creditRejected(unknown, this.customer, "10.00", "USER_NOT_FOUND"));

		assertThat(count("SELECT count(*) AS n FROM orders WHERE id = :id", unknown)).isZero();
		assertThat(outboxEvents(unknown, "OrderApproved") + outboxEvents(unknown, "OrderRejected")).isZero();
		assertThat(deadLettersOf(unknown)).isZero();
	}

	@Test
	void deadLettersACreditEventItCanNeverReadAndKeepsProcessing() {
		UUID broken = UUID.randomUUID();
		UUID order = placedOrder(this.token, MOUSE_ID, 1);
		ProducerRecord<String, String> unreadable = SagaFixtures
			.withPayload(SagaFixtures.creditReserved(broken, this.customer, "1.00"), "{\"orderId\": \"not-a-uuid\"");
		ProducerRecord<String, String> withoutOrder = SagaFixtures.withPayload(
				SagaFixtures.creditReserved(broken, this.customer, "1.00"), "{\"userId\": \"" + this.customer + "\"}");
		ProducerRecord<String, String> unknownReason = SagaFixtures.withPayload(
				SagaFixtures.creditRejected(order, this.customer, "24.99", "USER_NOT_FOUND"),
				"{\"orderId\": \"" + order + "\", \"reason\": \"BAD_LUCK\"}");

		this.broker.send(unreadable);
		this.broker.send(withoutOrder);
		this.broker.send(unknownReason);
		deliver(SagaFixtures.creditReserved(order, this.customer, "24.99"));

		assertThat(statusOf(this.token, order)).isEqualTo("APPROVED");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.deadLetters.list(SagaFixtures.CREDIT, 1000)
				.stream()
				.filter((letter) -> letter.key().equals(broken.toString()) || letter.key().equals(order.toString()))
				.filter((letter) -> letter.exception().contains("MalformedEvent"))).hasSize(3));
	}

	@Test
	void measuresOrdersAndHowLongTheSagaTakes() {
		UUID approved = placedOrder(this.token, MOUSE_ID, 1);
		UUID rejected = placedOrder(this.token, MOUSE_ID, 2);
		deliver(SagaFixtures.creditReserved(approved, this.customer, "24.99"));
		deliver(SagaFixtures.creditRejected(rejected, this.customer, "49.98", "USER_SUSPENDED"));

		List<String> metrics = this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()
			.lines()
			.toList();

		assertThat(metrics).anyMatch((line) -> line.startsWith("orderflow_orders_placed_total"));
		assertThat(metrics).anyMatch((line) -> line.startsWith("orderflow_orders_completed_total{")
				&& line.contains("reason=\"NONE\"") && line.contains("status=\"APPROVED\""));
		assertThat(metrics).anyMatch((line) -> line.startsWith("orderflow_orders_completed_total{")
				&& line.contains("reason=\"USER_SUSPENDED\"") && line.contains("status=\"REJECTED\""));
		assertThat(metrics).anyMatch((line) -> line.startsWith("orderflow_saga_duration_seconds_bucket{")
				&& line.contains("status=\"APPROVED\""));
		assertThat(metrics).anyMatch((line) -> line.startsWith("orderflow_saga_duration_seconds_count{")
				&& line.contains("status=\"REJECTED\""));
	}

	private double duplicateReservations() {
		return consumed("CreditReserved", "duplicate");
	}

	private double consumed(String type, String outcome) {
		Counter consumed = this.meters.find("orderflow.events.consumed")
			.tags("type", type, "outcome", outcome)
			.counter();
		return (consumed != null) ? consumed.count() : 0;
	}

	private long deadLettersOf(UUID order) {
		return this.deadLetters.list(SagaFixtures.CREDIT, 1000)
			.stream()
			.filter((letter) -> order.toString().equals(letter.key()))
			.count();
	}

}
