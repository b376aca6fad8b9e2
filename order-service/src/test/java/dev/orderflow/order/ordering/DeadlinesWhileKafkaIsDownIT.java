package dev.orderflow.order.ordering;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.orderflow.order.OrderServiceIntegrationTest;
import dev.orderflow.testsupport.KafkaBehindACut;
import dev.orderflow.testsupport.WithPostgres;
import dev.orderflow.testsupport.tokens.TestJwks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The saga deadline measures user-service's silence, not our broker's absence: orders
 * placed while Kafka is unreachable stay PENDING however long it lasts, and once Kafka is
 * back an order that nobody answers still times out, a whole deadline later. There is no
 * user-service here, so nobody ever answers.
 */
@SpringBootTest(properties = { "orderflow.saga.deadline=2s", "orderflow.saga.deadline-check-interval=200ms",
		"orderflow.saga.hold-deadlines-after=500ms", "orderflow.messaging.relay.max-backoff=1s" })
@ActiveProfiles("test")
@WithPostgres
class DeadlinesWhileKafkaIsDownIT {

	static final KafkaBehindACut kafka = KafkaBehindACut.start();

	@Autowired
	OrderManagement management;

	@Autowired
	DatabaseClient db;

	@DynamicPropertySource
	static void kafkaBehindTheCut(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
		registry.add("orderflow.security.jwk-set-uri", TestJwks::uri);
	}

	@AfterAll
	static void stop() {
		kafka.close();
	}

	@Test
	void anOutageHoldsTheDeadlinesAndASilentParticipantStillTimesOutAfterIt() {
		kafka.cut();
		UUID order = place();
		UUID placedLater = place();

		// three deadlines long: nothing could have been answered, so nothing is rejected
		await().during(Duration.ofSeconds(6))
			.atMost(Duration.ofSeconds(20))
			.until(() -> "PENDING".equals(status(order)) && "PENDING".equals(status(placedLater)));
		assertThat(unpublished()).as("events waiting for Kafka").isPositive();

		long backAt = System.nanoTime();
		kafka.connect();

		await().atMost(Duration.ofSeconds(60)).until(() -> unpublished() == 0);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "REJECTED".equals(status(order)) && "REJECTED".equals(status(placedLater)));
		// a whole deadline (2 s) from the last hold, which is at most a check interval
		// (200 ms) before Kafka's return: not the deadline left over from the placement
		assertThat(Duration.ofNanos(System.nanoTime() - backAt)).isGreaterThanOrEqualTo(Duration.ofMillis(1700));
		assertThat(reason(order)).isEqualTo("TIMEOUT");
	}

	private UUID place() {
		return this.management
			.place(UUID.randomUUID(),
					List.of(new RequestedItem(UUID.fromString(OrderServiceIntegrationTest.MOUSE_ID), 1)), null)
			.block()
			.order()
			.id()
			.value();
	}

	private String status(UUID order) {
		return column(order, "status");
	}

	private String reason(UUID order) {
		return column(order, "rejection_reason");
	}

	private String column(UUID order, String column) {
		return this.db.sql("SELECT " + column + " AS value FROM orders WHERE id = :id")
			.bind("id", order)
			.map((row) -> row.get("value", String.class))
			.one()
			.block();
	}

	private long unpublished() {
		return this.db.sql("SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL")
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

}
