package dev.orderflow.notification.email;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The EMAIL rows of the deliveries table. Claiming is one statement with
 * {@code FOR UPDATE SKIP LOCKED}: replicas never claim the same delivery.
 */
@Repository
class EmailDeliveries {

	/**
	 * A FAILED email due again now, with a whole new set of attempts; narrowed by the
	 * caller.
	 */
	private static final String RESEND_FAILED = "UPDATE deliveries SET status = 'PENDING', attempts = 0,"
			+ " next_attempt_at = :now, updated_at = :now WHERE channel = 'EMAIL' AND status = 'FAILED'";

	private final DatabaseClient db;

	EmailDeliveries(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Claims due deliveries by moving their next attempt past a lease.
	 * @param now the current time
	 * @param leaseUntil when they are due again if this replica never reports back
	 * @param limit the most to claim
	 * @return the claimed deliveries, oldest due first
	 */
	Flux<PendingEmail> claimDue(Instant now, Instant leaseUntil, int limit) {
		return this.db.sql("""
				WITH due AS (
				    SELECT notification_id FROM deliveries
				    WHERE channel = 'EMAIL' AND status = 'PENDING' AND next_attempt_at <= :now
				    ORDER BY next_attempt_at LIMIT :limit
				    FOR UPDATE SKIP LOCKED),
				claimed AS (
				    UPDATE deliveries d SET next_attempt_at = :leaseUntil
				    FROM due WHERE d.notification_id = due.notification_id AND d.channel = 'EMAIL'
				    RETURNING d.notification_id, d.attempts)
				SELECT c.notification_id, c.attempts, n.type, n.title, n.message, n.order_id, n.created_at,
				       u.email, u.name, COALESCE(p.email_enabled, true) AS email_enabled
				FROM claimed c
				JOIN notifications n ON n.id = c.notification_id
				LEFT JOIN user_contacts u ON u.user_id = n.user_id
				LEFT JOIN preferences p ON p.user_id = n.user_id
				ORDER BY n.seq
				""")
			.bind("now", at(now))
			.bind("leaseUntil", at(leaseUntil))
			.bind("limit", limit)
			.map((row) -> new PendingEmail(row.get("notification_id", UUID.class), row.get("attempts", Integer.class),
					row.get("type", String.class), row.get("title", String.class), row.get("message", String.class),
					row.get("order_id", UUID.class), row.get("created_at", OffsetDateTime.class).toInstant(),
					row.get("email", String.class), row.get("name", String.class),
					Boolean.TRUE.equals(row.get("email_enabled", Boolean.class))))
			.all();
	}

	/** The emails went out: one statement for all of them. */
	Mono<Void> sent(List<UUID> notificationIds, Instant now) {
		return this.db.sql("""
				UPDATE deliveries SET status = 'SENT', attempts = attempts + 1, next_attempt_at = NULL,
				    last_error = NULL, sent_at = :now, updated_at = :now
				WHERE notification_id = ANY(:ids) AND channel = 'EMAIL' AND status = 'PENDING'
				""").bind("ids", notificationIds.toArray(UUID[]::new)).bind("now", at(now)).then();
	}

	Mono<Void> retryAt(UUID notificationId, Instant next, String error, Instant now) {
		return this.db.sql("""
				UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error,
				    updated_at = :now
				WHERE notification_id = :id AND channel = 'EMAIL' AND status = 'PENDING'
				""").bind("id", notificationId).bind("next", at(next)).bind("error", error).bind("now", at(now)).then();
	}

	Mono<Void> failed(UUID notificationId, String error, Instant now) {
		return this.db.sql("""
				UPDATE deliveries SET status = 'FAILED', attempts = attempts + 1, next_attempt_at = NULL,
				    last_error = :error, updated_at = :now
				WHERE notification_id = :id AND channel = 'EMAIL' AND status = 'PENDING'
				""").bind("id", notificationId).bind("error", error).bind("now", at(now)).then();
	}

	/** The user switched email off after the notification was created. */
	Mono<Void> skipped(UUID notificationId, Instant now) {
		return this.db.sql("""
				UPDATE deliveries SET status = 'SKIPPED', next_attempt_at = NULL, updated_at = :now
				WHERE notification_id = :id AND channel = 'EMAIL' AND status = 'PENDING'
				""").bind("id", notificationId).bind("now", at(now)).then();
	}

	/** Not attempted (the circuit is open): due again later, attempts unchanged. */
	Mono<Void> postpone(UUID notificationId, Instant next) {
		return this.db.sql("""
				UPDATE deliveries SET next_attempt_at = :next
				WHERE notification_id = :id AND channel = 'EMAIL' AND status = 'PENDING'
				""").bind("id", notificationId).bind("next", at(next)).then();
	}

	/**
	 * Makes a FAILED email PENDING again, due now, with a whole new set of attempts; the
	 * last error stays until the next attempt replaces it.
	 * @return whether there was such an email
	 */
	Mono<Boolean> resend(UUID notificationId, Instant now) {
		return this.db.sql(RESEND_FAILED + " AND notification_id = :id")
			.bind("id", notificationId)
			.bind("now", at(now))
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	/**
	 * Makes every email that FAILED in the period PENDING again, as {@link #resend} does.
	 * @return how many
	 */
	Mono<Long> resendFailed(Instant failedFrom, Instant failedTo, Instant now) {
		return this.db.sql(RESEND_FAILED + " AND updated_at >= :from AND updated_at < :to")
			.bind("from", at(failedFrom))
			.bind("to", at(failedTo))
			.bind("now", at(now))
			.fetch()
			.rowsUpdated();
	}

	/**
	 * @return the status of the notification's email, empty when it has none
	 */
	Mono<String> statusOf(UUID notificationId) {
		return this.db.sql("SELECT status FROM deliveries WHERE notification_id = :id AND channel = 'EMAIL'")
			.bind("id", notificationId)
			.map((row) -> row.get("status", String.class))
			.one();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
