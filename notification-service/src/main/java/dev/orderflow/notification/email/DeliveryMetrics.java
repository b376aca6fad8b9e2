package dev.orderflow.notification.email;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * {@code orderflow.notifications.deliveries{channel, outcome}} (sent, retry, failed,
 * skipped, postponed) and {@code orderflow.notifications.delivery.latency{channel}}, the
 * time from a notification's creation to its being sent.
 */
@Component
class DeliveryMetrics {

	private static final String CHANNEL = "EMAIL";

	private final MeterRegistry meters;

	private final Timer latency;

	DeliveryMetrics(MeterRegistry meters) {
		this.meters = meters;
		this.latency = Timer.builder("orderflow.notifications.delivery.latency")
			.description("Time from a notification's creation to its delivery")
			.tag("channel", CHANNEL)
			.publishPercentileHistogram()
			.register(meters);
		for (String outcome : new String[] { "sent", "retry", "failed", "skipped", "postponed" }) {
			counter(outcome);
		}
	}

	void sent(Instant createdAt, Instant now) {
		counter("sent").increment();
		this.latency.record(Duration.between(createdAt, now));
	}

	void outcome(String outcome) {
		counter(outcome).increment();
	}

	private Counter counter(String outcome) {
		return Counter.builder("orderflow.notifications.deliveries")
			.description("Delivery attempts, by channel and outcome")
			.tags("channel", CHANNEL, "outcome", outcome)
			.register(this.meters);
	}

}
