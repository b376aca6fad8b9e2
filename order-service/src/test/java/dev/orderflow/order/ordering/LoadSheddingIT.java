package dev.orderflow.order.ordering;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import dev.orderflow.order.SagaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Above capacity, order-service sheds load early: while the oldest undecided order is
 * older than {@code shed-after} although answers keep arriving, a new order gets a fast
 * 503 problem+json with {@code Retry-After} and nothing is stored; a repeated request
 * still gets the order it made; once the saga has caught up, orders are accepted again.
 * While nobody answers (user-service or the broker down), orders are accepted: they wait
 * in the outbox and the topics.
 */
@TestPropertySource(properties = { "orderflow.saga.shed-load=true", "orderflow.saga.shed-after=1s",
		"orderflow.saga.backlog-check-interval=100ms", "orderflow.saga.shed-retry-after=3s" })
class LoadSheddingIT extends SagaIntegrationTest {

	@Autowired
	private SagaBacklog backlog;

	private final UUID customer = UUID.randomUUID();

	private final String token = customer(this.customer);

	@Test
	void refusesNewOrdersWhileTheSagaIsBehindAndAcceptsThemOnceItCaughtUp() {
		String key = UUID.randomUUID().toString();
		UUID waiting = idOf(placeOrder(this.token, order(MOUSE_ID, 1), key).expectStatus()
			.isAccepted()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody());

		// the first order gets no answer, every later one does: after shed-after of
		// answers, the oldest order is still waiting, so the saga is behind
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			EntityExchangeResult<Map> placed = placeOrder(this.token, order(MOUSE_ID, 1)).expectBody(Map.class)
				.returnResult();
			if (placed.getStatus().equals(HttpStatus.ACCEPTED)) {
				deliver(SagaFixtures.creditReserved(idOf(placed.getResponseBody()), this.customer, "24.99"));
			}
			return placed.getStatus().equals(HttpStatus.SERVICE_UNAVAILABLE);
		});
		long stored = count("SELECT count(*) AS n FROM orders WHERE customer_id = :id", this.customer);

		placeOrder(this.token, order(MOUSE_ID, 1)).expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "3")
			.expectBody()
			.jsonPath("$.type")
			.value((type) -> assertThat((String) type).endsWith("saga-behind"))
			.jsonPath("$.status")
			.isEqualTo(503);
		assertThat(count("SELECT count(*) AS n FROM orders WHERE customer_id = :id", this.customer)).isEqualTo(stored);
		// a client repeating its earlier request still gets the order it made
		placeOrder(this.token, order(MOUSE_ID, 1), key).expectStatus()
			.isAccepted()
			.expectHeader()
			.valueEquals("Idempotent-Replayed", "true")
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(waiting.toString());

		deliver(SagaFixtures.creditReserved(waiting, this.customer, "24.99"));
		awaitStatus(this.token, waiting, "APPROVED");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> placeOrder(this.token, order(MOUSE_ID, 1)).expectStatus().isAccepted());
	}

	@Test
	void acceptsOrdersWhileNobodyAnswers() {
		List<UUID> accepted = new ArrayList<>();
		accepted.add(idOf(placeOrder(this.token, order(MOUSE_ID, 1)).expectStatus()
			.isAccepted()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()));
		// older than shed-after, and yet not behind: the silence says a participant is
		// away, not that the saga is slow
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.backlog.oldestPending().compareTo(Duration.ofSeconds(1)) > 0 && !this.backlog.isBehind());
		for (int index = 0; index < 5; index++) {
			accepted.add(idOf(placeOrder(this.token, order(MOUSE_ID, 1)).expectStatus()
				.isAccepted()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody()));
		}

		accepted.forEach((order) -> deliver(SagaFixtures.creditReserved(order, this.customer, "24.99")));
		accepted.forEach((order) -> awaitStatus(this.token, order, "APPROVED"));
	}

	private static UUID idOf(Map<?, ?> body) {
		return UUID.fromString((String) body.get("id"));
	}

}
