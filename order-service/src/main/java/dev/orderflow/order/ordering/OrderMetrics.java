package dev.orderflow.order.ordering;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

import dev.orderflow.order.model.Order;
import dev.orderflow.order.model.OrderStatus;

/**
 * What the saga does, for dashboards and alerts: orders placed, orders reaching each
 * outcome, and how long the saga took from placing to APPROVED or REJECTED. Counters (not
 * a gauge of the database) so that replicas can be summed.
 */
@Component
class OrderMetrics {

	private final MeterRegistry meters;

	private final Counter placed;

	private final Counter shed;

	OrderMetrics(MeterRegistry meters) {
		this.meters = meters;
		this.placed = Counter.builder("orderflow.orders.placed").description("Orders placed").register(meters);
		this.shed = Counter.builder("orderflow.orders.shed")
			.description("New orders refused (503) because the saga was behind")
			.register(meters);
	}

	void shed() {
		this.shed.increment();
	}

	void placed() {
		this.placed.increment();
	}

	/**
	 * Counts a stored change and, when the saga ended, its duration.
	 * @param order the order after the change
	 */
	void changed(Order order) {
		String reason = order.rejectionReason().map(Enum::name).orElse("NONE");
		Counter.builder("orderflow.orders.completed")
			.description("Orders that reached an outcome, by status and rejection reason")
			.tags("status", order.status().name(), "reason", reason)
			.register(this.meters)
			.increment();
		if (order.status() == OrderStatus.APPROVED || order.status() == OrderStatus.REJECTED) {
			Timer.builder("orderflow.saga.duration")
				.description("From placing an order to its approval or rejection")
				.tags("status", order.status().name())
				.publishPercentileHistogram()
				.minimumExpectedValue(Duration.ofMillis(1))
				.maximumExpectedValue(Duration.ofMinutes(10))
				.register(this.meters)
				.record(Duration.between(order.createdAt(), order.updatedAt()));
		}
	}

}
