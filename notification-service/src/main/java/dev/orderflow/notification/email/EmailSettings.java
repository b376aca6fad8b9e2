package dev.orderflow.notification.email;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How emails are delivered ({@code orderflow.notifications.email.*}).
 *
 * @param from the sender, e.g. {@code OrderFlow <no-reply@example.com>}
 * @param maxAttempts attempts before a delivery is FAILED
 * @param initialBackoff the wait after the first failed attempt; it doubles after each
 * @param maxBackoff the longest wait between attempts
 * @param pollInterval how often due deliveries are looked for without a wake-up
 * @param batchSize the most deliveries one replica claims at a time
 * @param concurrency how many SMTP connections one replica sends a claimed batch over at
 * the same time
 * @param claimTimeout how long a claimed delivery is left alone before another attempt (a
 * replica that died while sending)
 * @param contactWait how long a delivery waits for the user's address to arrive before it
 * is FAILED
 * @param circuitBreaker when to stop calling a failing SMTP server
 */
@ConfigurationProperties("orderflow.notifications.email")
record EmailSettings(@DefaultValue("OrderFlow <no-reply@orderflow.local>") String from,
		@DefaultValue("6") int maxAttempts, @DefaultValue("2s") Duration initialBackoff,
		@DefaultValue("5m") Duration maxBackoff, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("20") int batchSize, @DefaultValue("4") int concurrency,
		@DefaultValue("2m") Duration claimTimeout, @DefaultValue("1h") Duration contactWait,
		@DefaultValue CircuitBreaker circuitBreaker) {

	/**
	 * The SMTP circuit breaker.
	 *
	 * @param failureRateThreshold percentage of failed calls (in the window) that opens
	 * it
	 * @param slidingWindowSize calls the failure rate is computed over
	 * @param minimumCalls calls needed before it can open
	 * @param openFor how long it stays open before it lets one trial call through
	 */
	record CircuitBreaker(@DefaultValue("50") float failureRateThreshold, @DefaultValue("10") int slidingWindowSize,
			@DefaultValue("4") int minimumCalls, @DefaultValue("30s") Duration openFor) {

	}

}
