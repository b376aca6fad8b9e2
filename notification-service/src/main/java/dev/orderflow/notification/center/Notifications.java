package dev.orderflow.notification.center;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import dev.orderflow.notification.model.Delivery;
import dev.orderflow.notification.model.DeliveryStatus;
import dev.orderflow.notification.model.NewNotification;
import dev.orderflow.notification.model.Notification;
import dev.orderflow.notification.model.NotificationType;

/** Every user's notifications with their email delivery. */
@Repository
public class Notifications {

	/**
	 * NOTIFY channel: {@code <userId>:<seq>} of every new notification, heard at commit
	 * on every replica.
	 */
	public static final String CHANNEL = "orderflow_notifications";

	private static final String SELECT = """
			SELECT n.id, n.seq, n.user_id, n.type, n.title, n.message, n.order_id, n.created_at, n.read_at,
			       d.status, d.attempts, d.last_error, d.updated_at, d.sent_at
			FROM notifications n JOIN deliveries d ON d.notification_id = n.id AND d.channel = 'EMAIL'
			""";

	private final DatabaseClient db;

	Notifications(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Creates the notification and its email delivery (PENDING, or SKIPPED if the user
	 * switched email off), unless one exists for the event already, and tells every
	 * replica's listeners at commit ({@code <userId>:<seq>} on {@link #CHANNEL}): all in
	 * one statement, one round trip.
	 * <p>
	 * A user's notifications are written one transaction at a time (an advisory lock on
	 * the user, held until commit, taken before the row's {@code seq} is drawn), so that
	 * each user's seqs commit in order: the live stream reads "after the last seq sent",
	 * and with concurrent writers a seq drawn earlier could commit after a later one had
	 * been read and never be sent (the saga benchmark saw 72 of 4,064 notifications miss
	 * the stream with three listener threads).
	 * @param id the new notification's id
	 * @param notification what it says
	 * @param now the time of creation
	 * @return its seq, or nothing if the event already has its notification
	 */
	Mono<Long> add(UUID id, NewNotification notification, Instant now) {
		return this.db.sql("""
				WITH serialized AS (
				    SELECT pg_advisory_xact_lock(hashtextextended(CAST(:userId AS text), 0))),
				created AS (
				    INSERT INTO notifications (id, user_id, event_id, type, title, message, order_id, created_at)
				    SELECT :id, :userId, :eventId, :type, :title, :message, :orderId, :now FROM serialized
				    ON CONFLICT (event_id) DO NOTHING
				    RETURNING id, seq),
				choice AS (
				    SELECT COALESCE((SELECT email_enabled FROM preferences WHERE user_id = :userId), true) AS email),
				email AS (
				    INSERT INTO deliveries (notification_id, channel, status, next_attempt_at, created_at, updated_at)
				    SELECT created.id, 'EMAIL', CASE WHEN choice.email THEN 'PENDING' ELSE 'SKIPPED' END,
				           CASE WHEN choice.email THEN CAST(:now AS timestamptz) END, :now, :now
				    FROM created, choice)
				SELECT seq, pg_notify('%s', CAST(:userId AS text) || ':' || seq) FROM created
				""".formatted(CHANNEL))
			.bind("id", id)
			.bind("userId", notification.userId())
			.bind("eventId", notification.eventId())
			.bind("type", notification.type().name())
			.bind("title", notification.title())
			.bind("message", notification.message())
			.bind("orderId", Parameter.fromOrEmpty(notification.orderId(), UUID.class))
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.map((row) -> row.get("seq", Long.class))
			.one();
	}

	Mono<NotificationPage> of(UUID userId, boolean unreadOnly, int page, int size) {
		String unread = unreadOnly ? " AND n.read_at IS NULL" : "";
		Mono<Long> total = this.db
			.sql("SELECT count(*) AS total FROM notifications n WHERE n.user_id = :userId" + unread)
			.bind("userId", userId)
			.map((row) -> row.get("total", Long.class))
			.one();
		Mono<List<Notification>> items = this.db
			.sql(SELECT + " WHERE n.user_id = :userId" + unread + " ORDER BY n.seq DESC LIMIT :limit OFFSET :offset")
			.bind("userId", userId)
			.bind("limit", size)
			.bind("offset", (long) page * size)
			.map(Notifications::notification)
			.all()
			.collectList();
		return Mono.zip(items, total, (list, count) -> new NotificationPage(list, page, size, count));
	}

	Mono<Notification> one(UUID id, UUID userId) {
		return this.db.sql(SELECT + " WHERE n.id = :id AND n.user_id = :userId")
			.bind("id", id)
			.bind("userId", userId)
			.map(Notifications::notification)
			.one();
	}

	/** Keeps the first time it was read; nothing for another user's notification. */
	Mono<Boolean> markRead(UUID id, UUID userId, Instant now) {
		return this.db
			.sql("UPDATE notifications SET read_at = COALESCE(read_at, :now) WHERE id = :id AND user_id = :userId")
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.bind("id", id)
			.bind("userId", userId)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows == 1);
	}

	/** A user's notifications after a position, oldest first, at most {@code limit}. */
	Flux<Notification> after(UUID userId, long seq, int limit) {
		return this.db.sql(SELECT + " WHERE n.user_id = :userId AND n.seq > :seq ORDER BY n.seq LIMIT :limit")
			.bind("userId", userId)
			.bind("seq", seq)
			.bind("limit", limit)
			.map(Notifications::notification)
			.all();
	}

	/** The position of a user's newest notification; 0 if they have none. */
	Mono<Long> newestSeq(UUID userId) {
		return this.db.sql("SELECT COALESCE(max(seq), 0) AS seq FROM notifications WHERE user_id = :userId")
			.bind("userId", userId)
			.map((row) -> row.get("seq", Long.class))
			.one();
	}

	private static Notification notification(Readable row) {
		Delivery email = new Delivery(DeliveryStatus.valueOf(row.get("status", String.class)),
				row.get("attempts", Integer.class), row.get("last_error", String.class),
				instant(row.get("updated_at", OffsetDateTime.class)),
				instant(row.get("sent_at", OffsetDateTime.class)));
		return new Notification(row.get("id", UUID.class), row.get("seq", Long.class), row.get("user_id", UUID.class),
				NotificationType.valueOf(row.get("type", String.class)), row.get("title", String.class),
				row.get("message", String.class), row.get("order_id", UUID.class),
				instant(row.get("created_at", OffsetDateTime.class)), instant(row.get("read_at", OffsetDateTime.class)),
				email);
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
