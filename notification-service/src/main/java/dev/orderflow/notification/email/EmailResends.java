package dev.orderflow.notification.email;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import dev.orderflow.notification.center.NotificationNotFound;

/**
 * An operator's second chance for emails that FAILED: once the SMTP server is back after
 * an outage longer than the retries, or an address was fixed, the delivery is PENDING
 * again, due now, with a whole new set of attempts. The dispatcher then sends it like any
 * other, so a resent email still goes out once (the claim's row lock).
 */
@Service
class EmailResends {

	private final EmailDeliveries deliveries;

	private final Clock clock;

	EmailResends(EmailDeliveries deliveries, Clock clock) {
		this.deliveries = deliveries;
		this.clock = clock;
	}

	/**
	 * @param notificationId the notification whose email FAILED
	 * @return completes once it is due again, or {@link NoFailedEmail} (not FAILED) or
	 * {@link NotificationNotFound} (no email at all)
	 */
	Mono<Void> resend(UUID notificationId) {
		return this.deliveries.resend(notificationId, this.clock.instant())
			.flatMap((resent) -> resent ? Mono.<Void>empty() : refusal(notificationId));
	}

	/**
	 * @param failedFrom the start of the period in which the emails FAILED, inclusive
	 * @param failedTo its end, exclusive
	 * @return how many emails are due again, or {@link InvalidPeriod}
	 */
	Mono<Long> resendFailed(Instant failedFrom, Instant failedTo) {
		if (!failedFrom.isBefore(failedTo)) {
			return Mono.error(new InvalidPeriod(failedFrom, failedTo));
		}
		return this.deliveries.resendFailed(failedFrom, failedTo, this.clock.instant());
	}

	private Mono<Void> refusal(UUID notificationId) {
		return this.deliveries.statusOf(notificationId)
			.flatMap((status) -> Mono.<Void>error(new NoFailedEmail(notificationId, status)))
			.switchIfEmpty(Mono.error(() -> new NotificationNotFound(notificationId)));
	}

	/** The email is not FAILED: it is on its way, sent or skipped. */
	static final class NoFailedEmail extends RuntimeException {

		NoFailedEmail(UUID notificationId, String status) {
			super("The email of notification " + notificationId + " is " + status + ", not FAILED.");
		}

	}

	/** A period that ends before it starts. */
	static final class InvalidPeriod extends RuntimeException {

		InvalidPeriod(Instant from, Instant to) {
			super("failedFrom (" + from + ") must be before failedTo (" + to + ").");
		}

	}

}
