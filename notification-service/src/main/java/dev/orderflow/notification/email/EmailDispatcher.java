package dev.orderflow.notification.email;

import java.time.Clock;
import java.time.Instant;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.core.IntervalFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.orderflow.notification.stream.NotificationFeed;
import dev.orderflow.platform.background.BackgroundLoop;

/**
 * Sends due emails, a few at a time per replica ({@code concurrency}: an SMTP exchange
 * waits on the network far more than it computes, so one at a time left the CPU idle and
 * emails behind under load), woken by every new notification and by a polling fallback.
 * Each attempt ends in one of: SENT; PENDING again after a backoff (attempts + 1); FAILED
 * with the error after the last attempt; postponed without counting an attempt while the
 * circuit is open or the user's address is not known yet; SKIPPED if the user switched
 * email off. A replica that dies mid-send leaves the claim to expire, so an email may go
 * out twice but never not at all.
 */
@Component
class EmailDispatcher extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(EmailDispatcher.class);

	private final EmailDeliveries deliveries;

	private final EmailSender sender;

	private final NotificationFeed feed;

	private final EmailSettings settings;

	private final DeliveryMetrics metrics;

	private final Clock clock;

	private final IntervalFunction backoff;

	EmailDispatcher(EmailDeliveries deliveries, EmailSender sender, NotificationFeed feed, EmailSettings settings,
			DeliveryMetrics metrics, Clock clock) {
		super("email dispatcher", settings.pollInterval());
		this.deliveries = deliveries;
		this.sender = sender;
		this.feed = feed;
		this.settings = settings;
		this.metrics = metrics;
		this.clock = clock;
		this.backoff = IntervalFunction.ofExponentialBackoff(settings.initialBackoff(), 2.0, settings.maxBackoff());
	}

	/** Woken at once by a notification that arrives (a new delivery row). */
	@Override
	protected Flux<?> wakeUps() {
		return this.feed.arrivals();
	}

	@Override
	protected Mono<Void> round() {
		return sendDue();
	}

	/** Sends everything due, batch after batch. */
	private Mono<Void> sendDue() {
		return Mono.defer(() -> {
			Instant now = this.clock.instant();
			return this.deliveries.claimDue(now, now.plus(this.settings.claimTimeout()), this.settings.batchSize())
				.flatMap(this::attempt, this.settings.concurrency())
				.count();
		}).repeat().takeUntil((claimed) -> claimed < this.settings.batchSize()).then();
	}

	private Mono<Integer> attempt(PendingEmail email) {
		if (!email.emailEnabled()) {
			return this.deliveries.skipped(email.notificationId(), this.clock.instant())
				.doOnSuccess((done) -> this.metrics.outcome("skipped"))
				.thenReturn(1);
		}
		if (email.address() == null) {
			return awaitContact(email);
		}
		return this.sender.send(email).then(Mono.defer(() -> {
			Instant now = this.clock.instant();
			return this.deliveries.sent(email.notificationId(), now)
				.doOnSuccess((done) -> this.metrics.sent(email.createdAt(), now));
		}))
			.thenReturn(1)
			.onErrorResume(CallNotPermittedException.class, (ex) -> postpone(email))
			.onErrorResume((ex) -> retryOrFail(email, describe(ex)));
	}

	/**
	 * The user's contact data has not arrived yet (users.user.v1 and orders.order.v1 are
	 * separate topics): wait for it without spending attempts, for a while.
	 */
	private Mono<Integer> awaitContact(PendingEmail email) {
		Instant now = this.clock.instant();
		if (now.isAfter(email.createdAt().plus(this.settings.contactWait()))) {
			return this.deliveries.failed(email.notificationId(), "No email address is known for the user", now)
				.doOnSuccess((done) -> this.metrics.outcome("failed"))
				.thenReturn(1);
		}
		return this.deliveries.postpone(email.notificationId(), now.plus(this.settings.initialBackoff()))
			.doOnSuccess((done) -> this.metrics.outcome("postponed"))
			.thenReturn(1);
	}

	private Mono<Integer> postpone(PendingEmail email) {
		return this.deliveries
			.postpone(email.notificationId(), this.clock.instant().plus(this.settings.circuitBreaker().openFor()))
			.doOnSuccess((done) -> this.metrics.outcome("postponed"))
			.thenReturn(1);
	}

	private Mono<Integer> retryOrFail(PendingEmail email, String error) {
		int attempt = email.attempts() + 1;
		Instant now = this.clock.instant();
		if (attempt >= this.settings.maxAttempts()) {
			log.warn("Email of notification {} FAILED after {} attempts: {}", email.notificationId(), attempt, error);
			return this.deliveries.failed(email.notificationId(), error, now)
				.doOnSuccess((done) -> this.metrics.outcome("failed"))
				.thenReturn(1);
		}
		Instant next = now.plusMillis(this.backoff.apply(attempt));
		return this.deliveries.retryAt(email.notificationId(), next, error, now)
			.doOnSuccess((done) -> this.metrics.outcome("retry"))
			.thenReturn(1);
	}

	/** The innermost cause says what the SMTP server did. */
	private static String describe(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return (ex == cause) ? message : ex.getClass().getSimpleName() + ": " + message;
	}

}
