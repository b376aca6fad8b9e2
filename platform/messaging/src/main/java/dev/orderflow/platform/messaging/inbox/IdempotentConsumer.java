package dev.orderflow.platform.messaging.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.orderflow.platform.messaging.CloudEventHeaders;
import dev.orderflow.platform.transactions.WholeTransactions;

/**
 * Runs a handler's effect at most once per event id and consumer: the id is recorded in
 * the same transaction as the effect, so a redelivery after a crash either finds the id
 * (and is acknowledged as a duplicate) or finds nothing (and the effect runs again, as if
 * for the first time). Listeners pass what one poll returned to {@link #handleAll} and
 * return; the container commits the offsets only after that, so nothing is acknowledged
 * before it took effect.
 * <p>
 * The records of one poll take effect in one transaction: a consumer that fell behind
 * catches up at the cost of one commit per batch instead of one per event (and its outbox
 * rows wake the relay once). When that transaction fails, the batch is replayed one
 * record per transaction, and the first record that fails again goes to the error handler
 * (retries, then the dead-letter topic) with the ones before it committed. Spring Kafka
 * observes record listeners only, so each record gets its listener observation here: its
 * span continues the trace the record carries.
 * <p>
 * A type the consumer has no effect for (another consumer's event on a shared topic, or a
 * type added within v1) is acknowledged without touching the database: there is nothing
 * to apply once. On the orders topic each consumer has no effect for some of the events,
 * and recording them cost a transaction each for nothing.
 */
public class IdempotentConsumer {

	private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

	private final DatabaseClient db;

	private final WholeTransactions transactions;

	private final MeterRegistry meters;

	private final ObservationRegistry observations;

	private final Clock clock;

	public IdempotentConsumer(DatabaseClient db, WholeTransactions transactions, MeterRegistry meters,
			ObservationRegistry observations, Clock clock) {
		this.db = db;
		this.transactions = transactions;
		this.meters = meters;
		this.observations = observations;
		this.clock = clock;
	}

	/**
	 * Applies the effects of a poll's records once each; blocks the listener thread until
	 * they committed.
	 * @param records the records of one poll, in their partitions' order
	 * @param consumer a stable name of the consuming handler
	 * @param effects what each handled event type does, in the same transaction as the
	 * bookkeeping
	 * @throws BatchListenerFailedException naming the first record that failed on its own
	 */
	public void handleAll(List<ConsumerRecord<String, String>> records, String consumer,
			Map<String, Function<ReceivedEvent, Mono<?>>> effects) {
		List<ConsumerRecord<String, String>> effective = new ArrayList<>(records.size());
		for (ConsumerRecord<String, String> record : records) {
			String type = header(record, CloudEventHeaders.TYPE);
			if (type != null && !effects.containsKey(type) && header(record, CloudEventHeaders.ID) != null) {
				count(record.topic(), type, "ignored");
			}
			else {
				effective.add(record);
			}
		}
		if (effective.size() > 1 && handledTogether(effective, consumer, effects)) {
			return;
		}
		for (ConsumerRecord<String, String> record : effective) {
			try {
				apply(record, consumer, effects).as(this.transactions::whole).blockOptional().ifPresent(this::count);
			}
			catch (RuntimeException ex) {
				throw new BatchListenerFailedException(String.valueOf(ex.getMessage()), ex, record);
			}
		}
	}

	/**
	 * When this consumer last applied an event: empty if it never did (or not within the
	 * inbox's retention). A service that waits for answers reads it to tell a participant
	 * that answers slowly from one that does not answer at all.
	 * @param consumer the name the consumer handles its records with
	 */
	public Mono<Instant> lastApplied(String consumer) {
		return this.db.sql("SELECT max(processed_at) AS last FROM inbox WHERE consumer = :consumer")
			.bind("consumer", consumer)
			.map((row) -> Optional.ofNullable(row.get("last", OffsetDateTime.class)))
			.one()
			.flatMap(Mono::justOrEmpty)
			.map(OffsetDateTime::toInstant);
	}

	/** All records in one transaction; false when it rolled back. */
	private boolean handledTogether(List<ConsumerRecord<String, String>> records, String consumer,
			Map<String, Function<ReceivedEvent, Mono<?>>> effects) {
		try {
			Flux.fromIterable(records)
				.concatMap((record) -> apply(record, consumer, effects))
				.collectList()
				.as(this.transactions::whole)
				.blockOptional()
				.ifPresent((outcomes) -> outcomes.forEach(this::count));
			return true;
		}
		catch (RuntimeException ex) {
			log.info("A batch of {} records was rolled back ({}); applying them one at a time", records.size(),
					ex.toString());
			return false;
		}
	}

	/**
	 * The record's effect, run once, inside its listener observation; in the caller's
	 * transaction.
	 */
	private Mono<Outcome> apply(ConsumerRecord<String, String> record, String consumer,
			Map<String, Function<ReceivedEvent, Mono<?>>> effects) {
		Mono<Outcome> work = Mono.defer(() -> {
			ReceivedEvent event = read(record);
			Function<ReceivedEvent, Mono<?>> effect = effects.get(event.type());
			if (effect == null) {
				return Mono.just(new Outcome(record.topic(), event.type(), "ignored"));
			}
			return claim(event, record.topic(), consumer)
				.flatMap((first) -> first ? effect.apply(event).then(Mono.just(true)) : Mono.just(false))
				.map((applied) -> new Outcome(record.topic(), event.type(), applied ? "processed" : "duplicate"));
		});
		return observed(work, record, consumer);
	}

	/** The listener observation Spring Kafka gives a record listener's call. */
	private <T> Mono<T> observed(Mono<T> work, ConsumerRecord<String, String> record, String consumer) {
		String group = KafkaUtils.getConsumerGroupId();
		return Mono.defer(() -> {
			Observation observation = KafkaListenerObservation.LISTENER_OBSERVATION.observation(null,
					KafkaListenerObservation.DefaultKafkaListenerObservationConvention.INSTANCE,
					() -> new KafkaRecordReceiverContext(record, consumer, null, (group != null) ? group : consumer,
							() -> null),
					this.observations);
			observation.start();
			return work.doOnError(observation::error)
				.doFinally((signal) -> observation.stop())
				.contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, observation));
		});
	}

	private Mono<Boolean> claim(ReceivedEvent event, String topic, String consumer) {
		return this.db
			.sql("INSERT INTO inbox (event_id, consumer, topic, type, processed_at)"
					+ " VALUES (:id, :consumer, :topic, :type, :now) ON CONFLICT DO NOTHING")
			.bind("id", event.id())
			.bind("consumer", consumer)
			.bind("topic", topic)
			.bind("type", event.type())
			.bind("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows == 1);
	}

	private static ReceivedEvent read(ConsumerRecord<String, String> record) {
		String id = header(record, CloudEventHeaders.ID);
		String type = header(record, CloudEventHeaders.TYPE);
		if (id == null || id.isBlank() || type == null || type.isBlank()) {
			throw new MalformedEvent("Record %s-%d@%d has no %s/%s header".formatted(record.topic(), record.partition(),
					record.offset(), CloudEventHeaders.ID, CloudEventHeaders.TYPE));
		}
		if (record.value() == null) {
			throw new MalformedEvent(
					"Record %s-%d@%d has no payload".formatted(record.topic(), record.partition(), record.offset()));
		}
		return new ReceivedEvent(id, type, record.key(), record.value());
	}

	static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private void count(Outcome outcome) {
		count(outcome.topic(), outcome.type(), outcome.outcome());
	}

	private void count(String topic, String type, String outcome) {
		Counter.builder("orderflow.events.consumed")
			.description(
					"Events consumed, by outcome: processed, duplicate (skipped) or ignored (no effect for the type)")
			.tags("topic", topic, "type", type, "outcome", outcome)
			.register(this.meters)
			.increment();
	}

	/** What became of one record: counted once its transaction committed. */
	private record Outcome(String topic, String type, String outcome) {

	}

}
