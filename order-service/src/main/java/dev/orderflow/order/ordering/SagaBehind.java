package dev.orderflow.order.ordering;

import java.time.Duration;

/**
 * A new order refused because the saga is behind: the oldest undecided order waits longer
 * than {@code orderflow.saga.shed-after}. Nothing was stored; the client may place it
 * again after {@link #retryAfter()}.
 */
class SagaBehind extends RuntimeException {

	private final Duration retryAfter;

	SagaBehind(Duration oldestPending, Duration retryAfter) {
		super("Orders are being decided more slowly than they arrive (the oldest undecided order is "
				+ oldestPending.toSeconds() + " s old); place the order again in " + retryAfter.toSeconds() + " s.");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return this.retryAfter;
	}

}
