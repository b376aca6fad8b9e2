package dev.orderflow.platform.messaging.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import io.r2dbc.postgresql.codec.Json;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;

import dev.orderflow.platform.messaging.CloudEventHeaders;

/**
 * Writes events into the outbox table. Call it inside the transaction of the state
 * change: both commit or neither does (never {@code save()} then {@code send()}). The
 * NOTIFY is delivered at commit, waking the relay at once; a rolled-back transaction
 * notifies nobody.
 */
public class Outbox {

	static final String CHANNEL = "orderflow_outbox";

	/**
	 * The row and the relay's wake-up in one statement: one round trip to the database
	 * instead of two, in every transaction that writes an event.
	 */
	private static final String APPEND_AND_NOTIFY = """
			WITH appended AS (
			    INSERT INTO outbox (id, aggregatetype, aggregateid, type, payload, topic, message_key, headers, created_at)
			    VALUES (:id, :aggregateType, :aggregateId, :type, :payload, :topic, :key, :headers, :createdAt)
			    RETURNING id)
			SELECT pg_notify('%s', '') FROM appended
			"""
		.formatted(CHANNEL);

	private final DatabaseClient db;

	private final JsonMapper json;

	private final String source;

	private final Clock clock;

	private final TraceHeaders traceHeaders;

	public Outbox(DatabaseClient db, JsonMapper json, String source, Clock clock, TraceHeaders traceHeaders) {
		this.db = db;
		this.json = json;
		this.source = source;
		this.clock = clock;
		this.traceHeaders = traceHeaders;
	}

	public Mono<Void> append(OutboxEvent event) {
		Instant now = this.clock.instant();
		// Captured where append is called: the caller's span is current there (in
		// reactive code, restored from the Reactor context), but not necessarily on the
		// thread that later runs the insert.
		Map<String, String> trace = this.traceHeaders.current();
		return Mono.fromCallable(() -> this.json.writeValueAsString(event.payload()))
			.flatMap((payload) -> this.db.sql(APPEND_AND_NOTIFY)
				.bind("id", event.id())
				.bind("aggregateType", event.aggregateType())
				.bind("aggregateId", event.aggregateId())
				.bind("type", event.type())
				.bind("payload", Json.of(payload))
				.bind("topic", event.topic())
				.bind("key", event.aggregateId())
				.bind("headers", Json.of(this.json.writeValueAsString(headers(event, now, trace))))
				.bind("createdAt", now.atOffset(ZoneOffset.UTC))
				.then());
	}

	/**
	 * When the oldest event that has not left yet was written: the relay publishes within
	 * milliseconds, so an old one means that this service's events are not reaching
	 * Kafka. One index lookup (the relay's index of unsent rows).
	 * @return its time, or empty when every event has been published
	 */
	public Mono<Instant> oldestUnsent() {
		return this.db.sql("SELECT created_at FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT 1")
			.map((row) -> row.get("created_at", OffsetDateTime.class).toInstant())
			.one();
	}

	private Map<String, String> headers(OutboxEvent event, Instant now, Map<String, String> trace) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(CloudEventHeaders.ID, event.id().toString());
		headers.put(CloudEventHeaders.TYPE, event.type());
		headers.put(CloudEventHeaders.SOURCE, this.source);
		headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1);
		headers.put(CloudEventHeaders.TIME, now.toString());
		headers.put(CloudEventHeaders.SUBJECT, event.aggregateId());
		headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
		// The trace of the request that caused the event continues in its consumers.
		headers.putAll(trace);
		return headers;
	}

}
