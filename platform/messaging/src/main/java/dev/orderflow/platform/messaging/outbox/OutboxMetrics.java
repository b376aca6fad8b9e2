package dev.orderflow.platform.messaging.outbox;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Backlog (unsent rows) and lag (age of the oldest unsent row, seconds) per topic and
 * type, refreshed by the relay; published events counted per topic and type. A topic and
 * type once seen stays reported (at 0 when nothing waits): a series that vanished when
 * healthy would leave dashboards empty and make "no data" look like "fine".
 */
class OutboxMetrics {

	private final DatabaseClient db;

	private final MeterRegistry meters;

	private final MultiGauge backlog;

	private final MultiGauge lag;

	private final Set<Tags> seen = ConcurrentHashMap.newKeySet();

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
		this.seen.add(Tags.of("topic", topic, "type", type));
		Counter.builder("orderflow.outbox.published")
			.description("Events acknowledged by Kafka")
			.tags("topic", topic, "type", type)
			.register(this.meters)
			.increment();
	}

	private void record(List<Pending> pending) {
		pending.forEach((row) -> this.seen.add(row.tags()));
		List<Tags> idle = this.seen.stream()
			.filter((tags) -> pending.stream().noneMatch((row) -> row.tags().equals(tags)))
			.toList();
		this.backlog.register(rows(pending, Pending::backlog, idle), true);
		this.lag.register(rows(pending, Pending::lag, idle), true);
	}

	private static List<MultiGauge.Row<Number>> rows(List<Pending> pending, ToDoubleFunction<Pending> value,
			List<Tags> idle) {
		return Stream.<MultiGauge.Row<Number>>concat(
				pending.stream().map((row) -> MultiGauge.Row.of(row.tags(), value.applyAsDouble(row))),
				idle.stream().map((tags) -> MultiGauge.Row.of(tags, 0)))
			.toList();
	}

	private record Pending(String topic, String type, long backlog, double lag) {

		Tags tags() {
			return Tags.of("topic", this.topic, "type", this.type);
		}

	}

}
