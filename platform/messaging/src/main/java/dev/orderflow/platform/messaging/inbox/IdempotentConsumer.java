package dev.orderflow.platform.messaging.inbox;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

import dev.orderflow.platform.messaging.CloudEventHeaders;
import dev.orderflow.platform.transactions.WholeTransactions;

/**
 * Runs a handler's effect at most once per event id and consumer: the id is recorded in
 * the same transaction as the effect, so a redelivery after a crash either finds the id
 * (and is acknowledged as a duplicate) or finds nothing (and the effect runs again, as if
 * for the first time). Listeners call {@link #handle} and return; the container commits
 * the offset only after that, so nothing is acknowledged before it took effect.
 * <p>
 * A type the consumer has no effect for (another consumer's event on a shared topic, or a
 * type added within v1) is acknowledged without touching the database: there is nothing
 * to apply once. On the orders topic each consumer has no effect for some of the events,
 * and recording them cost a transaction each for nothing.
 */
public class IdempotentConsumer {

	private final DatabaseClient db;

	private final WholeTransactions transactions;

	private final MeterRegistry meters;

	private final java.time.Clock clock;

	public IdempotentConsumer(DatabaseClient db, WholeTransactions transactions, MeterRegistry meters,
			java.time.Clock clock) {
		this.db = db;
		this.transactions = transactions;
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * Applies the effect for the record's type once; blocks the listener thread until it
	 * committed.
	 * @param record the consumed record
	 * @param consumer a stable name of the consuming handler
	 * @param effects what each handled event type does, in the same transaction as the
	 * bookkeeping
	 * @return whether an effect ran (false for a duplicate or a type without one)
	 */
	public boolean handle(ConsumerRecord<String, String> record, String consumer,
			Map<String, Function<ReceivedEvent, Mono<?>>> effects) {
		ReceivedEvent event = read(record);
		Function<ReceivedEvent, Mono<?>> effect = effects.get(event.type());
		if (effect == null) {
			count(record.topic(), event.type(), "ignored");
			return false;
		}
		Boolean applied = claim(event, record.topic(), consumer)
			.flatMap((first) -> first ? effect.apply(event).then(Mono.just(true)) : Mono.just(false))
			.as(this.transactions::whole)
			.block();
		count(record.topic(), event.type(), Boolean.TRUE.equals(applied) ? "processed" : "duplicate");
		return Boolean.TRUE.equals(applied);
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

	private void count(String topic, String type, String outcome) {
		Counter.builder("orderflow.events.consumed")
			.description(
					"Events consumed, by outcome: processed, duplicate (skipped) or ignored (no effect for the type)")
			.tags("topic", topic, "type", type, "outcome", outcome)
			.register(this.meters)
			.increment();
	}

}
