package dev.orderflow.notification.center;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import dev.orderflow.notification.model.NotificationType;

/**
 * {@code orderflow.notifications{type}}, in Prometheus
 * {@code orderflow_notifications_total}: notifications created. Not {@code ...created}:
 * Prometheus reserves the {@code _created} suffix (counter creation times) and silently
 * drops it.
 */
@Component
class NotificationMetrics {

	private final MeterRegistry meters;

	NotificationMetrics(MeterRegistry meters) {
		this.meters = meters;
		// every type from the start, so dashboards show 0 rather than no data
		for (NotificationType type : NotificationType.values()) {
			counter(type);
		}
	}

	void created(NotificationType type) {
		counter(type).increment();
	}

	private Counter counter(NotificationType type) {
		return Counter.builder("orderflow.notifications")
			.description("Notifications created, by type")
			.tag("type", type.name())
			.register(this.meters);
	}

}
