package dev.orderflow.order.ordering;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the saga waits for user-service.
 *
 * @param deadline how long an order may stay PENDING before it is rejected with TIMEOUT
 * @param deadlineCheckInterval how often overdue orders are looked for
 * @param deadlineBatchSize the most orders rejected in one round of one replica
 * @param shedLoad whether new orders are refused while the saga is behind
 * @param shedAfter new orders are refused (503) while the oldest undecided order is older
 * than this; well below the deadline, so that what was accepted is decided in time (by
 * default a sixth of the deadline)
 * @param backlogCheckInterval how often the age of the oldest undecided order is read
 * @param shedRetryAfter what {@code Retry-After} tells a refused client
 * @param holdDeadlinesAfter while this service's oldest unpublished event is older than
 * this, Kafka is not taking our events and nobody can answer in time: deadlines are held
 * (every PENDING order keeps a whole deadline ahead of it) instead of rejecting orders
 * for our own outage
 */
@ConfigurationProperties("orderflow.saga")
record SagaSettings(@DefaultValue("30s") Duration deadline, @DefaultValue("1s") Duration deadlineCheckInterval,
		@DefaultValue("200") int deadlineBatchSize, @DefaultValue("true") boolean shedLoad, Duration shedAfter,
		@DefaultValue("500ms") Duration backlogCheckInterval, @DefaultValue("2s") Duration shedRetryAfter,
		@DefaultValue("10s") Duration holdDeadlinesAfter) {

	public SagaSettings {
		Objects.requireNonNull(deadline, "deadline");
		Objects.requireNonNull(deadlineCheckInterval, "deadlineCheckInterval");
		if (!isPositive(deadline) || !isPositive(deadlineCheckInterval) || deadlineBatchSize < 1) {
			throw new IllegalArgumentException("The saga deadline, its check interval and batch size must be positive");
		}
		if (shedAfter == null) {
			shedAfter = deadline.dividedBy(6);
		}
		if (!isPositive(shedAfter) || !isPositive(backlogCheckInterval) || !isPositive(shedRetryAfter)
				|| shedAfter.compareTo(deadline) >= 0) {
			throw new IllegalArgumentException(
					"Load shedding's threshold, check interval and Retry-After must be positive, the threshold below the deadline");
		}
		if (!isPositive(holdDeadlinesAfter)) {
			throw new IllegalArgumentException("The wait before deadlines are held must be positive");
		}
	}

	private static boolean isPositive(Duration duration) {
		return duration != null && !duration.isNegative() && !duration.isZero();
	}

}
