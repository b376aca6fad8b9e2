package dev.orderflow.notification.email;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * Sends due emails, a claimed batch over up to {@code concurrency} SMTP connections at
 * the same time, a share of the batch each (an SMTP exchange waits on the network far
 * more than it computes, so one at a time left the CPU idle and emails behind under load;
 * and a connection's set-up and close cost as much CPU as the email it carried), woken by
 * every new notification and by a polling fallback. Each attempt ends in one of: SENT;
 * PENDING again after a backoff (attempts + 1); FAILED with the error after the last
 * attempt; postponed without counting an attempt while the circuit is open or the user's
 * address is not known yet; SKIPPED if the user switched email off. A replica that dies
 * mid-send leaves the claim to expire, so an email may go out twice but never not at all.
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
				.collectList()
				.flatMap((claimed) -> attempt(claimed).thenReturn(claimed.size()));
		}).repeat().takeUntil((claimed) -> claimed < this.settings.batchSize()).then();
	}

	/**
	 * Attempts a claimed batch: the emails that can go out are split over at most
	 * {@code concurrency} SMTP connections at the same time, a share each.
	 */
	private Mono<Void> attempt(List<PendingEmail> claimed) {
		List<PendingEmail> sendable = new ArrayList<>();
		List<Mono<Void>> others = new ArrayList<>();
		for (PendingEmail email : claimed) {
			if (!email.emailEnabled()) {
				others.add(this.deliveries.skipped(email.notificationId(), this.clock.instant())
					.doOnSuccess((done) -> this.metrics.outcome("skipped")));
			}
			else if (email.address() == null) {
				others.add(awaitContact(email));
			}
			else {
				sendable.add(email);
			}
		}
		int share = Math.max(1, -Math.floorDiv(-sendable.size(), this.settings.concurrency()));
		List<List<PendingEmail>> connections = new ArrayList<>();
		for (int from = 0; from < sendable.size(); from += share) {
			connections.add(sendable.subList(from, Math.min(sendable.size(), from + share)));
		}
		return Flux.concat(others)
			.thenMany(Flux.fromIterable(connections).flatMap(this::send, this.settings.concurrency()))
			.then();
	}

	/** Sends emails over one connection and records what became of each. */
	private Mono<Void> send(List<PendingEmail> emails) {
		return this.sender.send(emails)
			// the server away or refusing all of them: each is retried, or FAILED
			.onErrorResume((ex) -> !(ex instanceof CallNotPermittedException),
					(ex) -> Mono.just(failedTogether(emails, ex)))
			.flatMap((failed) -> recorded(emails, failed))
			// the circuit is open: nothing was attempted
			.onErrorResume(CallNotPermittedException.class,
					(ex) -> Flux.fromIterable(emails).concatMap(this::postpone).then());
	}

	private Mono<Void> recorded(List<PendingEmail> emails, Map<UUID, Exception> failed) {
		Instant now = this.clock.instant();
		List<PendingEmail> sent = emails.stream()
			.filter((email) -> !failed.containsKey(email.notificationId()))
			.toList();
		Mono<Void> sentRecorded = sent.isEmpty() ? Mono.empty()
				: this.deliveries.sent(sent.stream().map(PendingEmail::notificationId).toList(), now)
					.doOnSuccess((done) -> sent.forEach((email) -> this.metrics.sent(email.createdAt(), now)));
		return sentRecorded
			.thenMany(Flux.fromIterable(emails)
				.filter((email) -> failed.containsKey(email.notificationId()))
				.concatMap((email) -> retryOrFail(email, describe(failed.get(email.notificationId())))))
			.then();
	}

	private static Map<UUID, Exception> failedTogether(List<PendingEmail> emails, Throwable ex) {
		Map<UUID, Exception> failed = new HashMap<>();
		for (PendingEmail email : emails) {
			failed.put(email.notificationId(),
					(ex instanceof EmailSender.NothingSent nothingSent) ? nothingSent.errorOf(email.notificationId())
							: (ex instanceof Exception exception) ? exception : new IllegalStateException(ex));
		}
		return failed;
	}

	/**
	 * The user's contact data has not arrived yet (users.user.v1 and orders.order.v1 are
	 * separate topics): wait for it without spending attempts, for a while.
	 */
	private Mono<Void> awaitContact(PendingEmail email) {
		Instant now = this.clock.instant();
		if (now.isAfter(email.createdAt().plus(this.settings.contactWait()))) {
			return this.deliveries.failed(email.notificationId(), "No email address is known for the user", now)
				.doOnSuccess((done) -> this.metrics.outcome("failed"));
		}
		return this.deliveries.postpone(email.notificationId(), now.plus(this.settings.initialBackoff()))
			.doOnSuccess((done) -> this.metrics.outcome("postponed"));
	}

	private Mono<Void> postpone(PendingEmail email) {
		return this.deliveries
			.postpone(email.notificationId(), this.clock.instant().plus(this.settings.circuitBreaker().openFor()))
			.doOnSuccess((done) -> this.metrics.outcome("postponed"));
	}

	private Mono<Void> retryOrFail(PendingEmail email, String error) {
		int attempt = email.attempts() + 1;
		Instant now = this.clock.instant();
		if (attempt >= this.settings.maxAttempts()) {
			log.warn("Email of notification {} FAILED after {} attempts: {}", email.notificationId(), attempt, error);
			return this.deliveries.failed(email.notificationId(), error, now)
				.doOnSuccess((done) -> this.metrics.outcome("failed"));
		}
		Instant next = now.plusMillis(this.backoff.apply(attempt));
		return this.deliveries.retryAt(email.notificationId(), next, error, now)
			.doOnSuccess((done) -> this.metrics.outcome("retry"));
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
