package dev.orderflow.user.auth;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The sign_in_failures table: failures per subject within a window, and the lock they led
 * to. Every replica counts in the same row, so a lock holds across them.
 */
@Repository
class SignInFailures {

	private final DatabaseClient db;

	SignInFailures(DatabaseClient db) {
		this.db = db;
	}

	/** Until when the subject is locked, if it is now. */
	Mono<Instant> lockedUntil(String subject, Instant now) {
		return this.db.sql("SELECT locked_until FROM sign_in_failures WHERE subject = :subject AND locked_until > :now")
			.bind("subject", subject)
			.bind("now", utc(now))
			.map((row) -> row.get("locked_until", OffsetDateTime.class).toInstant())
			.one();
	}

	/**
	 * Counts one failure, in one statement so that concurrent attempts all count: a
	 * window older than {@code windowStart} starts again at one, and reaching
	 * {@code maxFailures} sets the lock.
	 * @return until when the subject is now locked, if this failure locked it
	 */
	Mono<Instant> count(SignInSubject subject, Instant now, Instant windowStart, int maxFailures, Instant lockUntil) {
		DatabaseClient.GenericExecuteSpec insert = this.db.sql("""
				INSERT INTO sign_in_failures AS f (subject, user_id, failures, window_started_at, locked_until)
				VALUES (:subject, :userId, 1, :now, CASE WHEN 1 >= :max THEN :lockUntil END)
				ON CONFLICT (subject) DO UPDATE SET
				  failures = CASE WHEN f.window_started_at <= :windowStart THEN 1 ELSE f.failures + 1 END,
				  window_started_at = CASE WHEN f.window_started_at <= :windowStart THEN :now
				    ELSE f.window_started_at END,
				  locked_until = CASE
				    WHEN (CASE WHEN f.window_started_at <= :windowStart THEN 1 ELSE f.failures + 1 END) >= :max
				    THEN :lockUntil ELSE f.locked_until END
				RETURNING locked_until""")
			.bind("subject", subject.key())
			.bind("now", utc(now))
			.bind("windowStart", utc(windowStart))
			.bind("max", maxFailures)
			.bind("lockUntil", utc(lockUntil));
		insert = (subject.userId() != null) ? insert.bind("userId", subject.userId())
				: insert.bindNull("userId", UUID.class);
		return insert.map((row) -> Optional.ofNullable(row.get("locked_until", OffsetDateTime.class)))
			.one()
			.flatMap(Mono::justOrEmpty)
			.map(OffsetDateTime::toInstant)
			.filter((until) -> until.isAfter(now));
	}

	/** Forgets the subject's failures: it signed in. */
	Mono<Void> forget(String subject) {
		return this.db.sql("DELETE FROM sign_in_failures WHERE subject = :subject").bind("subject", subject).then();
	}

	/** The account's subjects with failures in their window or a lock that holds. */
	Flux<Failures> ofUser(UUID userId, Instant windowStart, Instant now) {
		return this.db
			.sql("SELECT subject, failures, locked_until FROM sign_in_failures WHERE user_id = :userId"
					+ " AND (window_started_at > :windowStart OR locked_until > :now)")
			.bind("userId", userId)
			.bind("windowStart", utc(windowStart))
			.bind("now", utc(now))
			.map((row) -> {
				OffsetDateTime until = row.get("locked_until", OffsetDateTime.class);
				return new Failures(row.get("subject", String.class).startsWith("device:"),
						row.get("failures", Integer.class),
						(until != null && until.toInstant().isAfter(now)) ? until.toInstant() : null);
			})
			.all();
	}

	/** Lifts every lock of the account and forgets its failures. */
	Mono<Long> forgetUser(UUID userId) {
		return this.db.sql("DELETE FROM sign_in_failures WHERE user_id = :userId")
			.bind("userId", userId)
			.fetch()
			.rowsUpdated();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * One subject's failures.
	 *
	 * @param knownDevice whether the subject is a known device (else the unknown clients)
	 * @param failures the failures counted in its window
	 * @param lockedUntil until when it is locked, or null
	 */
	record Failures(boolean knownDevice, int failures, Instant lockedUntil) {

	}

}
