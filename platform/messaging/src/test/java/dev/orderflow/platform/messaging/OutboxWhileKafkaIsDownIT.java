package dev.orderflow.platform.messaging;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import dev.orderflow.platform.messaging.outbox.Outbox;
import dev.orderflow.platform.messaging.outbox.OutboxEvent;
import dev.orderflow.testsupport.KafkaBehindACut;
import dev.orderflow.testsupport.WithPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * I5 for the outbox: events raised while Kafka is unreachable stay in the outbox and are
 * all delivered once it is back.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = "spring.kafka.listener.auto-startup=false")
@WithPostgres
class OutboxWhileKafkaIsDownIT {

	static final KafkaBehindACut kafka = KafkaBehindACut.start();

	@Autowired
	Outbox outbox;

	@Autowired
	DatabaseClient db;

	@Autowired
	ReactiveTransactionManager transactionManager;

	@DynamicPropertySource
	static void kafkaBehindTheCut(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
	}

	@AfterAll
	static void stop() {
		kafka.close();
	}

	@Test
	void keepsEventsWhileKafkaIsDownAndDeliversAllOfThemWhenItIsBack() {
		String topic = "relay.down-" + UUID.randomUUID();
		kafka.cut();

		Flux.range(0, 20)
			.concatMap((i) -> this.outbox
				.append(OutboxEvent.of(topic, "Thing", "k" + (i % 4), "ThingChanged", Map.of("n", i)))
				.as(TransactionalOperator.create(this.transactionManager)::transactional))
			.blockLast();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(attempted(topic)).isPositive());
		assertThat(unsent(topic)).isEqualTo(20);

		kafka.connect();

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(unsent(topic)).isZero());
		assertThat(KafkaTestRecords.readUntil(kafka.bootstrapServers(), topic, (records) -> records.size() >= 20))
			.hasSize(20);
	}

	private long unsent(String topic) {
		return count("SELECT count(*) AS n FROM outbox WHERE topic = :topic AND sent_at IS NULL", topic);
	}

	private long attempted(String topic) {
		return count("SELECT count(*) AS n FROM outbox WHERE topic = :topic AND attempts > 0", topic);
	}

	private long count(String sql, String topic) {
		return this.db.sql(sql).bind("topic", topic).map((row) -> row.get("n", Long.class)).one().block();
	}

}
