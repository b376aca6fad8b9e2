package dev.orderflow.notification.center;

import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import dev.orderflow.notification.model.NewNotification;
import dev.orderflow.notification.model.Notification;

/** Creates notifications from events and lets their owners read them. */
@Service
public class NotificationCenter {

	private final Notifications notifications;

	private final NotificationMetrics metrics;

	private final Clock clock;

	NotificationCenter(Notifications notifications, NotificationMetrics metrics, Clock clock) {
		this.notifications = notifications;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Creates the notification of an event, once: a second call for the same event
	 * changes nothing. Runs in the caller's transaction (the consumer's inbox), and every
	 * replica hears of it when that commits.
	 * @param notification the notification to create
	 * @return whether it was created now
	 */
	public Mono<Boolean> notify(NewNotification notification) {
		return this.notifications.add(UUID.randomUUID(), notification, this.clock.instant())
			.flatMap((seq) -> afterCommit(() -> this.metrics.created(notification.type())).thenReturn(true))
			.defaultIfEmpty(false);
	}

	public Mono<NotificationPage> notificationsOf(UUID userId, boolean unreadOnly, int page, int size) {
		return this.notifications.of(userId, unreadOnly, page, size);
	}

	/**
	 * Marks one of the user's notifications read (again: nothing changes).
	 * @param id the notification
	 * @param userId the caller
	 * @return the notification as it is now
	 * @throws NotificationNotFound if there is none of that id, or it is someone else's
	 */
	public Mono<Notification> markRead(UUID id, UUID userId) {
		return this.notifications.markRead(id, userId, this.clock.instant())
			.flatMap((found) -> found ? this.notifications.one(id, userId) : Mono.empty())
			.switchIfEmpty(Mono.error(() -> new NotificationNotFound(id)));
	}

	/** A user's notifications after a position (an SSE event id), oldest first. */
	public Flux<Notification> after(UUID userId, long seq, int limit) {
		return this.notifications.after(userId, seq, limit);
	}

	/** The position of the user's newest notification, 0 if none. */
	public Mono<Long> newestSeq(UUID userId) {
		return this.notifications.newestSeq(userId);
	}

	/** Counts only what committed; outside a transaction, at once. */
	private static Mono<Void> afterCommit(Runnable action) {
		return TransactionSynchronizationManager.forCurrentTransaction().flatMap((transaction) -> {
			if (!transaction.isSynchronizationActive()) {
				return Mono.<Void>fromRunnable(action);
			}
			transaction.registerSynchronization(new TransactionSynchronization() {
				@Override
				public Mono<Void> afterCommit() {
					return Mono.fromRunnable(action);
				}
			});
			return Mono.<Void>empty();
		}).onErrorResume(NoTransactionException.class, (ex) -> Mono.fromRunnable(action));
	}

}
