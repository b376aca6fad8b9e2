package dev.orderflow.notification.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.orderflow.platform.web.security.AccessTokenSettings;

/**
 * Settings of notification-service, under {@code orderflow.*}.
 *
 * @param security how access tokens are checked
 * @param notifications how notifications are streamed and emailed
 */
@ConfigurationProperties("orderflow")
public record NotificationServiceProperties(@DefaultValue AccessTokenSettings security,
		@DefaultValue Notifications notifications) {

	/**
	 * @param stream the live stream
	 * @param email email delivery
	 */
	public record Notifications(@DefaultValue Stream stream, @DefaultValue Email email) {

	}

	/**
	 * The SSE stream.
	 *
	 * @param heartbeat how often an idle stream sends a comment, so that proxies keep it
	 * open and clients notice a dead one; also how often it looks for missed
	 * notifications
	 * @param reconnectDelay what the stream tells clients to wait before reconnecting
	 * ({@code retry:})
	 */
	public record Stream(@DefaultValue("15s") Duration heartbeat, @DefaultValue("3s") Duration reconnectDelay) {

	}

	/**
	 * Email delivery.
	 *
	 * @param from the sender address
	 * @param maxAttempts attempts before a delivery is FAILED
	 * @param initialBackoff the wait after the first failed attempt; doubles after each
	 * @param maxBackoff the longest wait between attempts
	 * @param pollInterval how often due deliveries are looked for without a wake-up
	 * @param batchSize the most deliveries one replica claims at a time
	 * @param claimTimeout after this, a claimed delivery is tried again (its sender died)
	 * @param contactWait how long a delivery waits for the user's address (from
	 * users.user.v1) before it is FAILED
	 * @param circuitBreaker when to stop calling a failing SMTP server
	 */
	public record Email(@DefaultValue("OrderFlow <no-reply@orderflow.local>") String from,
			@DefaultValue("6") int maxAttempts, @DefaultValue("2s") Duration initialBackoff,
			@DefaultValue("5m") Duration maxBackoff, @DefaultValue("1s") Duration pollInterval,
			@DefaultValue("20") int batchSize, @DefaultValue("2m") Duration claimTimeout,
			@DefaultValue("1h") Duration contactWait, @DefaultValue CircuitBreaker circuitBreaker) {

	}

	/**
	 * The SMTP circuit breaker.
	 *
	 * @param failureRateThreshold percentage of failed calls that opens it
	 * @param slidingWindowSize calls the failure rate is computed over
	 * @param minimumCalls calls needed before it can open
	 * @param openFor how long it stays open before a trial call
	 */
	public record CircuitBreaker(@DefaultValue("50") float failureRateThreshold,
			@DefaultValue("10") int slidingWindowSize, @DefaultValue("4") int minimumCalls,
			@DefaultValue("30s") Duration openFor) {

	}

}
