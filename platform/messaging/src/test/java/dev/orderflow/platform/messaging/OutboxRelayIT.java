package dev.orderflow.platform.messaging;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.MeterNotFoundException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import dev.orderflow.platform.messaging.outbox.Outbox;
import dev.orderflow.platform.messaging.outbox.OutboxEvent;
import dev.orderflow.testsupport.WithKafka;
import dev.orderflow.testsupport.WithPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = MessagingTestApplication.class)
@WithPostgres
@WithKafka
class OutboxRelayIT {

	@Autowired
	Outbox outbox;

	@Autowired
	DatabaseClient db;

	@Autowired
	ReactiveTransactionManager transactionManager;

	@Autowired
	Housekeeping housekeeping;

	@Autowired
	MeterRegistry meters;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Test
	void publishesCommittedEventsInOrderPerKeyWithCloudEventHeaders() {
		String topic = "relay.order-" + UUID.randomUUID();
		List<String> keys = List.of("a", "b", "c");
		Flux.range(0, 30)
			.concatMap((i) -> inTransaction(this.outbox
				.append(OutboxEvent.of(topic, "Thing", keys.get(i % 3), "ThingChanged", Map.of("n", i)))))
			.blockLast();

		List<ConsumerRecord<String, String>> read = KafkaTestRecords.readUntil(this.bootstrap, topic,
				(records) -> records.size() >= 30);

		assertThat(read).hasSize(30);
		Map<String, List<String>> byKey = read.stream()
			.collect(Collectors.groupingBy(ConsumerRecord::key,
					Collectors.mapping((record) -> record.value().replace(" ", ""), Collectors.toList())));
		for (int k = 0; k < 3; k++) {
			int first = k;
			assertThat(byKey.get(keys.get(k))).containsExactlyElementsOf(
					IntStream.range(0, 30).filter((i) -> i % 3 == first).mapToObj((i) -> "{\"n\":" + i + "}").toList());
		}
		ConsumerRecord<String, String> one = read.get(0);
		assertThat(KafkaTestRecords.header(one, "ce_specversion")).isEqualTo("1.0");
		assertThat(KafkaTestRecords.header(one, "ce_type")).isEqualTo("ThingChanged");
		assertThat(KafkaTestRecords.header(one, "ce_source")).isEqualTo("/messaging-test");
		assertThat(KafkaTestRecords.header(one, "ce_subject")).isEqualTo(one.key());
		assertThat(KafkaTestRecords.header(one, "ce_id")).hasSize(36);
		assertThat(KafkaTestRecords.header(one, "ce_time")).isNotBlank();
		assertThat(KafkaTestRecords.header(one, "content-type")).isEqualTo("application/json");
		await().untilAsserted(() -> assertThat(unsent(topic)).isZero());
	}

	@Test
	void keepsReportingATopicAtZeroOnceItsEventsAreSent() {
		String topic = "relay.metrics-" + UUID.randomUUID();
		inTransaction(this.outbox.append(OutboxEvent.of(topic, "Thing", "k", "ThingChanged", Map.of("n", 1)))).block();

		await().untilAsserted(() -> assertThat(unsent(topic)).isZero());
		// the gauges are refreshed at most once per poll interval: a row per topic
		// appears
		// within one
		await().ignoreExceptionsInstanceOf(MeterNotFoundException.class).untilAsserted(() -> {
			assertThat(this.meters.get("orderflow.outbox.backlog").tag("topic", topic).gauge().value()).isZero();
			assertThat(this.meters.get("orderflow.outbox.lag").tag("topic", topic).gauge().value()).isZero();
		});
	}

	@Test
	void publishesNothingOfARolledBackTransaction() {
		String topic = "relay.rollback-" + UUID.randomUUID();
		Mono<Void> failing = this.outbox
			.append(OutboxEvent.of(topic, "Thing", "k", "ThingChanged", Map.of("n", "lost")))
			.then(Mono.error(new IllegalStateException("the state change failed")));
		inTransaction(failing).onErrorResume(IllegalStateException.class, (ex) -> Mono.empty()).block();
		inTransaction(this.outbox.append(OutboxEvent.of(topic, "Thing", "k", "ThingChanged", Map.of("n", "kept"))))
			.block();

		List<ConsumerRecord<String, String>> read = KafkaTestRecords.readUntil(this.bootstrap, topic,
				(records) -> records.stream().anyMatch((record) -> record.value().contains("kept")));

		assertThat(read).extracting((record) -> record.value().replace(" ", "")).containsExactly("{\"n\":\"kept\"}");
	}

	@Test
	void purgesSentRowsPastTheirRetention() {
		String topic = "relay.purge-" + UUID.randomUUID();
		inTransaction(this.outbox.append(OutboxEvent.of(topic, "Thing", "k", "ThingChanged", Map.of("n", 1)))).block();
		await().untilAsserted(() -> assertThat(unsent(topic)).isZero());
		this.db.sql("UPDATE outbox SET sent_at = now() - interval '30 days' WHERE topic = :topic")
			.bind("topic", topic)
			.then()
			.block();

		this.housekeeping.purge().block();

		assertThat(this.db.sql("SELECT count(*) AS n FROM outbox WHERE topic = :topic")
			.bind("topic", topic)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block()).isZero();
	}

	private <T> Mono<T> inTransaction(Mono<T> work) {
		return work.as(TransactionalOperator.create(this.transactionManager)::transactional);
	}

	private long unsent(String topic) {
		return this.db.sql("SELECT count(*) AS n FROM outbox WHERE topic = :topic AND sent_at IS NULL")
			.bind("topic", topic)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

}
