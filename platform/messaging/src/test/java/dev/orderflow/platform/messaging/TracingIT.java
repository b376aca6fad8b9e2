package dev.orderflow.platform.messaging;

import java.util.List;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import dev.orderflow.platform.messaging.outbox.Outbox;
import dev.orderflow.platform.messaging.outbox.OutboxEvent;
import dev.orderflow.testsupport.WithKafka;
import dev.orderflow.testsupport.WithPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The trace of the work that raised an event continues in its consumer, through the
 * outbox.
 */
@SpringBootTest(classes = MessagingTestApplication.class)
@WithPostgres
@WithKafka
class TracingIT {

	@Autowired
	Outbox outbox;

	@Autowired
	Tracer tracer;

	@Autowired
	ReactiveTransactionManager transactionManager;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Test
	void continuesTheTraceOfTheProducerInTheConsumer() {
		OutboxEvent event = OutboxEvent.of(MessagingTestApplication.TOPIC, "Thing", "traced", "TestHappened",
				Map.of("traced", true));
		Span request = this.tracer.nextSpan().name("place-order").start();
		try (Tracer.SpanInScope scope = this.tracer.withSpan(request)) {
			this.outbox.append(event).as(TransactionalOperator.create(this.transactionManager)::transactional).block();
		}
		finally {
			request.end();
		}
		String traceId = request.context().traceId();

		List<ConsumerRecord<String, String>> published = KafkaTestRecords.readUntil(this.bootstrap,
				MessagingTestApplication.TOPIC, (records) -> records.stream()
					.anyMatch((record) -> event.id().toString().equals(KafkaTestRecords.header(record, "ce_id"))));
		ConsumerRecord<String, String> record = published.stream()
			.filter((candidate) -> event.id().toString().equals(KafkaTestRecords.header(candidate, "ce_id")))
			.findFirst()
			.orElseThrow();
		assertThat(KafkaTestRecords.header(record, "traceparent")).contains(traceId);
		await().untilAsserted(() -> assertThat(MessagingTestApplication.EffectsListener.traceIds)
			.containsEntry(event.id().toString(), traceId));
	}

}
