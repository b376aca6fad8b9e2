package dev.orderflow.platform.messaging;

import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.orderflow.platform.messaging.deadletter.DeadLetter;
import dev.orderflow.platform.messaging.deadletter.DeadLetters;
import dev.orderflow.testsupport.WithKafka;
import dev.orderflow.testsupport.WithPostgres;

import static dev.orderflow.platform.messaging.MessagingTestApplication.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = MessagingTestApplication.class)
@WithPostgres
@WithKafka
class ConsumerIT {

	@Autowired
	DatabaseClient db;

	@Autowired
	DeadLetters deadLetters;

	@Autowired
	MeterRegistry meters;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Test
	void takesEffectOnceWhenTheSameEventIsDeliveredTwice() {
		String id = UUID.randomUUID().toString();
		String marker = UUID.randomUUID().toString();

		KafkaTestRecords.send(this.bootstrap, KafkaTestRecords.event(TOPIC, id, "k", "{\"twice\":true}"));
		KafkaTestRecords.send(this.bootstrap, KafkaTestRecords.event(TOPIC, id, "k", "{\"twice\":true}"));
		KafkaTestRecords.send(this.bootstrap, KafkaTestRecords.event(TOPIC, marker, "k", "{\"marker\":true}"));

		await().until(() -> effects(marker) == 1);
		assertThat(effects(id)).isEqualTo(1);
	}

	@Test
	void acknowledgesATypeWithoutAnEffectWithoutRecordingIt() {
		String other = UUID.randomUUID().toString();
		String marker = UUID.randomUUID().toString();

		KafkaTestRecords.send(this.bootstrap,
				KafkaTestRecords.event(TOPIC, other, "k", "{\"other\":true}", "SomethingElseHappened"));
		KafkaTestRecords.send(this.bootstrap, KafkaTestRecords.event(TOPIC, marker, "k", "{\"marker\":true}"));

		// same key, same partition: the marker is consumed after the other event
		await().until(() -> effects(marker) == 1);
		assertThat(effects(other)).isZero();
		assertThat(count("SELECT count(*) FROM inbox WHERE event_id = '" + other + "'")).isZero();
		assertThat(count("SELECT count(*) FROM inbox WHERE event_id = '" + marker + "'")).isOne();
		assertThat(this.meters.get("orderflow.events.consumed")
			.tags("type", "SomethingElseHappened", "outcome", "ignored")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void deadLettersAMalformedRecordAndKeepsThePartitionFlowing() {
		String after = UUID.randomUUID().toString();

		KafkaTestRecords.send(this.bootstrap, KafkaTestRecords.event(TOPIC, null, "k", "{\"no\":\"id\"}"));
		KafkaTestRecords.send(this.bootstrap,
				KafkaTestRecords.event(TOPIC, UUID.randomUUID().toString(), "k", "{\"poison\":true}"));
		KafkaTestRecords.send(this.bootstrap, KafkaTestRecords.event(TOPIC, after, "k", "{\"after\":true}"));

		await().until(() -> effects(after) == 1);
		await().untilAsserted(() -> assertThat(this.deadLetters.list(TOPIC, 100))
			.filteredOn((letter) -> letter.payload().contains("poison") || letter.payload().contains("\"no\""))
			.hasSize(2)
			.allSatisfy((letter) -> {
				assertThat(letter.topic()).isEqualTo(TOPIC + "-dlt");
				assertThat(letter.originalTopic()).isEqualTo(TOPIC);
				assertThat(letter.exception()).contains("MalformedEvent");
			}));
	}

	@Test
	void replaysADeadLetterOnceItsCauseIsGone() {
		String id = UUID.randomUUID().toString();
		MessagingTestApplication.EffectsListener.failing.add(id);

		KafkaTestRecords.send(this.bootstrap, KafkaTestRecords.event(TOPIC, id, "k", "{\"flaky\":true}"));
		DeadLetter letter = await().until(() -> this.deadLetters.list(TOPIC, 100)
			.stream()
			.filter((candidate) -> id.equals(candidate.eventId()))
			.findFirst()
			.orElse(null), (found) -> found != null);
		assertThat(letter.exception()).contains("IllegalStateException");
		assertThat(effects(id)).isZero();

		MessagingTestApplication.EffectsListener.failing.remove(id);
		this.deadLetters.replay(TOPIC, letter.partition(), letter.offset());
		this.deadLetters.replay(TOPIC, letter.partition(), letter.offset());

		await().until(() -> effects(id) == 1);
		List<DeadLetter> stillThere = this.deadLetters.list(TOPIC, 100);
		assertThat(stillThere).anyMatch((candidate) -> id.equals(candidate.eventId()));
		assertThat(effects(id)).isEqualTo(1);
	}

	@Test
	void appliesTheRecordsOfOnePollInOneTransaction() {
		List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
				UUID.randomUUID().toString());

		whileTheListenerIsStopped(() -> ids.forEach((id) -> KafkaTestRecords.send(this.bootstrap,
				KafkaTestRecords.event(TOPIC, id, "batch", "{\"batch\":true}"))));

		await().until(() -> ids.stream().allMatch((id) -> effects(id) == 1));
		// rows written by one transaction carry its id
		assertThat(count(
				"SELECT count(DISTINCT xmin::text) FROM inbox WHERE event_id IN ('" + String.join("','", ids) + "')"))
			.isOne();
	}

	@Test
	void commitsTheRecordsBeforeOneThatFailsAndGoesOnAfterIt() {
		String before = UUID.randomUUID().toString();
		String failing = UUID.randomUUID().toString();
		String after = UUID.randomUUID().toString();
		MessagingTestApplication.EffectsListener.failing.add(failing);

		whileTheListenerIsStopped(() -> List.of(before, failing, after)
			.forEach((id) -> KafkaTestRecords.send(this.bootstrap,
					KafkaTestRecords.event(TOPIC, id, "one-fails", "{\"batch\":true}"))));

		await().until(() -> effects(after) == 1);
		assertThat(effects(before)).isOne();
		assertThat(effects(failing)).isZero();
		await().untilAsserted(() -> assertThat(this.deadLetters.list(TOPIC, 100)).anySatisfy((letter) -> {
			assertThat(letter.eventId()).isEqualTo(failing);
			assertThat(letter.exception()).contains("IllegalStateException");
		}));
		assertThat(count("SELECT count(*) FROM inbox WHERE event_id IN ('" + before + "','" + after + "')"))
			.isEqualTo(2);
	}

	/**
	 * What is sent meanwhile is in the log when the listener starts again, so its new
	 * consumer fetches it at once, in one poll. (Pausing is not enough: a fetch in flight
	 * when the pause begins is kept and returned on its own after the resume.)
	 */
	private void whileTheListenerIsStopped(Runnable sending) {
		MessageListenerContainer container = this.listeners.getListenerContainers().iterator().next();
		container.stop();
		try {
			sending.run();
		}
		finally {
			container.start();
		}
	}

	private long count(String sql) {
		return this.db.sql(sql).map((row) -> row.get(0, Long.class)).one().block();
	}

	private long effects(String eventId) {
		return this.db.sql("SELECT count(*) AS n FROM effects WHERE event_id = :id")
			.bind("id", eventId)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

}
