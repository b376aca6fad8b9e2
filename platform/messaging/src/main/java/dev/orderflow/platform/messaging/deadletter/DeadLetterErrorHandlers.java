package dev.orderflow.platform.messaging.deadletter;

import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

import dev.orderflow.platform.messaging.CloudEventHeaders;
import dev.orderflow.platform.messaging.MessagingProperties;
import dev.orderflow.platform.messaging.inbox.MalformedEvent;

/**
 * The listeners' error handler: a few retries with exponential backoff for failures that
 * may pass (database briefly down), none for records that can never be processed; then
 * the record goes to {@code <topic>-dlt} with the exception in headers and the partition
 * moves on.
 */
public final class DeadLetterErrorHandlers {

	private DeadLetterErrorHandlers() {
	}

	public static DefaultErrorHandler create(KafkaOperations<?, ?> kafka, MessagingProperties.Consumer settings,
			MeterRegistry meters) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
				(record, ex) -> new TopicPartition(DeadLetterTopics.of(record.topic()), -1));
		ExponentialBackOff backOff = new ExponentialBackOff(settings.initialBackoff().toMillis(), 2.0);
		backOff.setMaxInterval(settings.maxBackoff().toMillis());
		backOff.setMaxAttempts(settings.retries());
		DefaultErrorHandler handler = new DefaultErrorHandler((record, ex) -> {
			recoverer.accept(record, cause(ex));
			Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
			Counter.builder("orderflow.events.deadlettered")
				.description("Records sent to a dead-letter topic")
				.tags("topic", record.topic(), "type",
						(type != null) ? new String(type.value(), StandardCharsets.UTF_8) : "unknown")
				.register(meters)
				.increment();
		}, backOff);
		handler.addNotRetryableExceptions(MalformedEvent.class, DeserializationException.class);
		return handler;
	}

	/**
	 * What the handler threw: the listener adapter wraps it, and a batch listener wraps
	 * it again to name the failed record. Operators need the real cause.
	 */
	static Exception cause(Exception ex) {
		Exception cause = ex;
		while ((cause instanceof ListenerExecutionFailedException || cause instanceof BatchListenerFailedException)
				&& cause.getCause() instanceof Exception inner) {
			cause = inner;
		}
		return cause;
	}

}
