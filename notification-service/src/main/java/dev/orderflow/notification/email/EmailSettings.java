package dev.orderflow.notification.email;

import java.time.Duration;

/**
 * How emails are delivered.
 *
 * @param from the sender, e.g. {@code OrderFlow <no-reply@example.com>}
 * @param maxAttempts attempts before a delivery is FAILED
 * @param initialBackoff the wait after the first failed attempt; it doubles after each
 * @param maxBackoff the longest wait between attempts
 * @param pollInterval how often due deliveries are looked for without a wake-up
 * @param batchSize the most deliveries one replica claims at a time
 * @param claimTimeout how long a claimed delivery is left alone before another attempt (a
 * replica that died while sending)
 * @param contactWait how long a delivery waits for the user's address to arrive before it
 * is FAILED
 * @param circuitBreaker when to stop calling a failing SMTP server
 */
public record EmailSettings(String from, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
		Duration pollInterval, int batchSize, Duration claimTimeout, Duration contactWait,
		CircuitBreaker circuitBreaker) {

	/**
	 * The SMTP circuit breaker.
	 *
	 * @param failureRateThreshold percentage of failed calls (in the window) that opens
	 * it
	 * @param slidingWindowSize calls the failure rate is computed over
	 * @param minimumCalls calls needed before it can open
	 * @param openFor how long it stays open before it lets one trial call through
	 */
	public record CircuitBreaker(float failureRateThreshold, int slidingWindowSize, int minimumCalls,
			Duration openFor) {

	}

}
