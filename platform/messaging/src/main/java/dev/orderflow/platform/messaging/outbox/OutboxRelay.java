package dev.orderflow.platform.messaging.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.orderflow.platform.background.BackgroundLoop;
import dev.orderflow.platform.messaging.DatabaseNotifications;
import dev.orderflow.platform.messaging.MessagingProperties;
import dev.orderflow.platform.transactions.WholeTransactions;

/**
 * Publishes outbox rows to Kafka in insertion order, woken at once by PostgreSQL
 * LISTEN/NOTIFY and by a polling fallback. A row is marked sent only after the broker
 * acknowledged it; while Kafka is down rows stay and are retried with exponential
 * backoff.
 * <p>
 * Only one instance publishes at a time: every round runs in a transaction that first
 * takes a transaction-scoped advisory lock, so replicas never interleave and one key's
 * events keep their order.
 */
public class OutboxRelay extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	/** Arbitrary, fixed: the advisory lock that elects the publishing relay. */
	private static final long RELAY_LOCK = 0x6f7574626f78L;

	private final ConnectionFactory connections;

	private final DatabaseClient db;

	private final WholeTransactions transactions;

	private final KafkaOperations<String, String> kafka;

	private final JsonMapper json;

	private final MessagingProperties.Relay settings;

	private final OutboxMetrics metrics;

	private final Clock clock;

	private volatile Instant notBefore = Instant.EPOCH;

	private volatile Duration backoff;

	private volatile Instant metricsDue = Instant.EPOCH;

	public OutboxRelay(ConnectionFactory connections, DatabaseClient db, WholeTransactions transactions,
			KafkaOperations<String, String> kafka, JsonMapper json, MessagingProperties.Relay settings,
			MeterRegistry meters, Clock clock) {
		super("outbox relay", settings.pollInterval());
		this.connections = connections;
		this.db = db;
		this.transactions = transactions;
		this.kafka = kafka;
		this.json = json;
		this.settings = settings;
		this.metrics = new OutboxMetrics(db, meters);
		this.clock = clock;
		this.backoff = settings.initialBackoff();
	}

	/** Woken at once by the NOTIFY of a transaction that wrote outbox rows. */
	@Override
	protected Flux<?> wakeUps() {
		return DatabaseNotifications.listen(this.connections, Outbox.CHANNEL);
	}

	@Override
	protected Mono<?> round() {
		return publishAll().then(Mono.defer(this::refreshMetricsWhenDue));
	}

	/**
	 * The backlog gauges at most once per metrics interval: under load the relay runs a
	 * round per commit, and a {@code GROUP BY} over the outbox after each of them cost a
	 * query per event for a figure that is scraped every 15 s; while Kafka is away the
	 * query reads every waiting row.
	 */
	private Mono<Void> refreshMetricsWhenDue() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.metricsDue)) {
			return Mono.empty();
		}
		this.metricsDue = now.plus(this.settings.metricsInterval());
		return this.metrics.refresh();
	}

	/**
	 * Publishes until nothing is pending or a publish fails.
	 * @return the number of rows published
	 */
	public Mono<Integer> publishAll() {
		if (this.clock.instant().isBefore(this.notBefore)) {
			return Mono.just(0);
		}
		return publishRound()
			.expand((published) -> (published == this.settings.batchSize()) ? publishRound() : Mono.empty())
			.reduce(0, Integer::sum);
	}

	private Mono<Integer> publishRound() {
		return this.db.sql("SELECT pg_try_advisory_xact_lock(" + RELAY_LOCK + ") AS leader")
			.map((row) -> Boolean.TRUE.equals(row.get("leader", Boolean.class)))
			.one()
			.flatMap((leader) -> leader ? pending().collectList().flatMap(this::publish) : Mono.just(0))
			.as(this.transactions::whole);
	}

	/**
	 * The oldest unsent rows. A statement of its own after the lock's: its snapshot then
	 * sees what the previous leader marked sent before it let go of the lock.
	 */
	private Flux<PendingRow> pending() {
		return this.db
			.sql("SELECT id, topic, message_key, type, payload::text AS payload, headers::text AS headers"
					+ " FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT :limit")
			.bind("limit", this.settings.batchSize())
			.map(this::row)
			.all();
	}

	/** Sends the whole batch, then waits for the acknowledgements in order. */
	private Mono<Integer> publish(List<PendingRow> rows) {
		if (rows.isEmpty()) {
			return Mono.just(0);
		}
		return Mono.fromCallable(() -> rows.stream().map(this::send).toList())
			.subscribeOn(Schedulers.boundedElastic())
			.flatMapMany(Flux::fromIterable)
			.concatMap((sending) -> Mono.fromFuture(sending.acknowledged).thenReturn(sending.row))
			.collectList()
			.doOnNext(this::haltIfSwitchedOn)
			.flatMap((acked) -> markSent(acked).thenReturn(acked.size()))
			.doOnNext((published) -> this.backoff = this.settings.initialBackoff())
			.onErrorResume((ex) -> failed(rows, ex));
	}

	/** The fault tests' crash between the acknowledgement and the update (I3). */
	private void haltIfSwitchedOn(List<PendingRow> acknowledged) {
		if (this.settings.haltAfterAcknowledged()) {
			log.error("Halting after the broker acknowledged {} events and before they were marked sent"
					+ " (orderflow.messaging.relay.halt-after-acknowledged)", acknowledged.size());
			Runtime.getRuntime().halt(137);
		}
	}

	private Sending send(PendingRow row) {
		ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.key, row.payload);
		row.headers.forEach((name, value) -> record.headers().add(new RecordHeader(name, value.getBytes())));
		return new Sending(row, this.kafka.send(record));
	}

	/**
	 * Stamped with the statement's time, not the transaction's ({@code now()}): a round's
	 * transaction starts before its sends, which wait for the broker while it is away.
	 */
	private Mono<Void> markSent(List<PendingRow> rows) {
		return this.db
			.sql("UPDATE outbox SET sent_at = statement_timestamp(), attempts = attempts + 1 WHERE id = ANY(:ids)")
			.bind("ids", rows.stream().map((row) -> row.id).toArray(UUID[]::new))
			.then()
			.doOnSuccess((done) -> rows.forEach((row) -> this.metrics.published(row.topic, row.type)));
	}

	/**
	 * Keeps the rows for a later round: the first of them records the error, and the
	 * relay waits (exponentially longer) before it tries again. Rows acknowledged before
	 * the failure may be sent again; consumers are idempotent.
	 */
	private Mono<Integer> failed(List<PendingRow> rows, Throwable ex) {
		Duration wait = this.backoff;
		this.notBefore = this.clock.instant().plus(wait);
		this.backoff = min(wait.multipliedBy(2), this.settings.maxBackoff());
		log.warn("Publishing {} outbox rows failed, next attempt in {} ms: {}", rows.size(), wait.toMillis(),
				ex.toString());
		return this.db.sql("UPDATE outbox SET attempts = attempts + 1, last_error = :error WHERE id = :id")
			.bind("error", String.valueOf(ex.getMessage()))
			.bind("id", rows.get(0).id)
			.then()
			.thenReturn(0);
	}

	private PendingRow row(Readable row) {
		Map<String, String> headers = this.json.readValue(row.get("headers", String.class),
				new TypeReference<Map<String, String>>() {
				});
		return new PendingRow(row.get("id", UUID.class), row.get("topic", String.class),
				row.get("message_key", String.class), row.get("type", String.class), row.get("payload", String.class),
				headers);
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private record PendingRow(UUID id, String topic, String key, String type, String payload,
			Map<String, String> headers) {

	}

	private record Sending(PendingRow row, java.util.concurrent.CompletableFuture<?> acknowledged) {

	}

}
