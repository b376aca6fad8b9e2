package dev.orderflow.notification.stream;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.orderflow.notification.model.Notification;
import dev.orderflow.notification.center.NotificationCenter;

/**
 * A user's notifications as they are created. Each wake-up reads the user's notifications
 * after the last one sent, from the database: nothing is sent twice or out of order, a
 * reconnecting client resumes after its {@code Last-Event-ID}, and a wake-up lost while
 * the database was away is made good by the next periodic check.
 */
@Component
public class LiveNotifications {

	private static final int BATCH = 100;

	private final NotificationCenter notifications;

	private final NotificationFeed feed;

	private final AtomicInteger open = new AtomicInteger();

	LiveNotifications(NotificationCenter notifications, NotificationFeed feed, MeterRegistry meters) {
		this.notifications = notifications;
		this.feed = feed;
		Gauge.builder("orderflow.notifications.streams.open", this.open, AtomicInteger::get)
			.description("Open SSE streams of notifications on this replica")
			.register(meters);
	}

	/**
	 * The user's notifications from now on, or after a position.
	 * @param userId whose
	 * @param after the position of the last notification the client has (its
	 * {@code Last-Event-ID}); {@code null} for only new ones
	 * @param recheck how often to look even without a wake-up
	 * @return never completes by itself
	 */
	public Flux<Notification> of(UUID userId, Long after, Duration recheck) {
		Flux<Object> wakeUps = Flux.merge(this.feed.arrivals().filter((arrival) -> userId.equals(arrival.userId())),
				Flux.interval(recheck, recheck));
		Mono<Long> start = (after != null) ? Mono.just(after) : this.notifications.newestSeq(userId);
		return start.flatMapMany((position) -> {
			AtomicLong last = new AtomicLong(position);
			// the first look happens after subscribing to the feed: nothing committed in
			// between is missed
			return Flux.concat(Mono.just((Object) "start"), wakeUps)
				.onBackpressureLatest()
				.concatMap((wakeUp) -> this.notifications.after(userId, last.get(), BATCH)
					.doOnNext((notification) -> last.set(notification.seq())), 1);
		})
			.doOnSubscribe((subscription) -> this.open.incrementAndGet())
			.doFinally((signal) -> this.open.decrementAndGet());
	}

}
