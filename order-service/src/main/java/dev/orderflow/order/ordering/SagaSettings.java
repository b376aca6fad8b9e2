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
 */
@ConfigurationProperties("orderflow.saga")
record SagaSettings(@DefaultValue("30s") Duration deadline, @DefaultValue("1s") Duration deadlineCheckInterval,
		@DefaultValue("200") int deadlineBatchSize) {

	public SagaSettings {
		Objects.requireNonNull(deadline, "deadline");
		Objects.requireNonNull(deadlineCheckInterval, "deadlineCheckInterval");
		if (deadline.isNegative() || deadline.isZero() || deadlineCheckInterval.isNegative()
				|| deadlineCheckInterval.isZero() || deadlineBatchSize < 1) {
			throw new IllegalArgumentException("The saga deadline, its check interval and batch size must be positive");
		}
	}

}
