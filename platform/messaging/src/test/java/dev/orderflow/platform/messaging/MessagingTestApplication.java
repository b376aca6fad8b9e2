package dev.orderflow.platform.messaging;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import dev.orderflow.platform.messaging.inbox.IdempotentConsumer;
import dev.orderflow.platform.messaging.inbox.MalformedEvent;

/** A minimal service using the platform: one listener whose effect is a row per event. */
@SpringBootApplication
public class MessagingTestApplication {

	public static final String TOPIC = "test.effects.v1";

	@Component
	static class EffectsListener {

		/** Event ids whose effect fails, as if a dependency were down. */
		static final Set<String> failing = ConcurrentHashMap.newKeySet();

		/** The trace id the listener ran in, by event id. */
		static final Map<String, String> traceIds = new ConcurrentHashMap<>();

		private final Tracer tracer;

		private final IdempotentConsumer consumer;

		private final DatabaseClient db;

		EffectsListener(IdempotentConsumer consumer, DatabaseClient db, Tracer tracer) {
			this.consumer = consumer;
			this.db = db;
			this.tracer = tracer;
		}

		@KafkaListener(topics = TOPIC, groupId = "effects-test")
		void on(List<ConsumerRecord<String, String>> records) {
			this.consumer.handleAll(records, "effects-test", Map.of("TestHappened", (event) -> {
				// where the effect runs, as the outbox reads it for the events it writes
				Span span = this.tracer.currentSpan();
				if (span != null) {
					traceIds.put(event.id(), span.context().traceId());
				}
				if (event.payload().contains("poison")) {
					return Mono.error(new MalformedEvent("unreadable payload"));
				}
				if (failing.contains(event.id())) {
					return Mono.error(new IllegalStateException("dependency down"));
				}
				return this.db.sql("INSERT INTO effects (event_id, payload) VALUES (:id, :payload)")
					.bind("id", event.id())
					.bind("payload", event.payload())
					.then();
			}));
		}

	}

}
