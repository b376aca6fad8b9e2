package dev.orderflow.order.order;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the saga waits for user-service.
 *
 * @param deadline how long an order may stay PENDING before it is rejected with TIMEOUT
 * @param deadlineCheckInterval how often overdue orders are looked for
 * @param deadlineBatchSize the most orders rejected in one round of one replica
 */
public record SagaSettings(Duration deadline, Duration deadlineCheckInterval, int deadlineBatchSize) {

	public SagaSettings {
		Objects.requireNonNull(deadline, "deadline");
		Objects.requireNonNull(deadlineCheckInterval, "deadlineCheckInterval");
		if (deadline.isNegative() || deadline.isZero() || deadlineCheckInterval.isNegative()
				|| deadlineCheckInterval.isZero() || deadlineBatchSize < 1) {
			throw new IllegalArgumentException("The saga deadline, its check interval and batch size must be positive");
		}
	}

}
