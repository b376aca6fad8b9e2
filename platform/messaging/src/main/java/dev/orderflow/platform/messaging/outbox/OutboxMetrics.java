package dev.orderflow.platform.messaging.outbox;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Backlog (unsent rows) and lag (age of the oldest unsent row, seconds) per topic and
 * type, refreshed by the relay; published events counted per topic and type.
 */
class OutboxMetrics {

	private final DatabaseClient db;

	private final MeterRegistry meters;

	private final MultiGauge backlog;

	private final MultiGauge lag;

	OutboxMetrics(DatabaseClient db, MeterRegistry meters) {
		this.db = db;
		this.meters = meters;
		this.backlog = MultiGauge.builder("orderflow.outbox.backlog")
			.description("Outbox rows not yet acknowledged by Kafka")
			.register(meters);
		this.lag = MultiGauge.builder("orderflow.outbox.lag")
			.description("Age of the oldest unsent outbox row")
			.baseUnit("seconds")
			.register(meters);
	}

	Mono<Void> refresh() {
		return this.db
			.sql("SELECT topic, type, count(*) AS backlog,"
					+ " extract(epoch FROM now() - min(created_at))::float8 AS lag"
					+ " FROM outbox WHERE sent_at IS NULL GROUP BY topic, type")
			.map((row) -> new Pending(row.get("topic", String.class), row.get("type", String.class),
					row.get("backlog", Long.class), row.get("lag", Double.class)))
			.all()
			.collectList()
			.doOnNext(this::record)
			.then();
	}

	void published(String topic, String type) {
		Counter.builder("orderflow.outbox.published")
			.description("Events acknowledged by Kafka")
			.tags("topic", topic, "type", type)
			.register(this.meters)
			.increment();
	}

	private void record(List<Pending> pending) {
		this.backlog.register(pending.stream()
			.map((row) -> MultiGauge.Row.of(Tags.of("topic", row.topic, "type", row.type), row.backlog))
			.toList(), true);
		this.lag.register(pending.stream()
			.map((row) -> MultiGauge.Row.of(Tags.of("topic", row.topic, "type", row.type), row.lag))
			.toList(), true);
	}

	private record Pending(String topic, String type, long backlog, double lag) {

	}

}
