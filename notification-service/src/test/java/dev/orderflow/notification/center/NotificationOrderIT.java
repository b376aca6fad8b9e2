package dev.orderflow.notification.center;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.orderflow.notification.NotificationServiceIntegrationTest;
import dev.orderflow.notification.model.NewNotification;
import dev.orderflow.notification.model.NotificationType;
import dev.orderflow.platform.transactions.WholeTransactions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's notifications commit in the order of their seqs, so that the live stream,
 * which reads "after the last seq sent", never passes over one that commits late. Two
 * transactions write for one user; the first stays open: the second must wait for it
 * rather than commit a higher seq first (which a stream would send, and then never send
 * the first).
 */
class NotificationOrderIT extends NotificationServiceIntegrationTest {

	@Autowired
	Notifications notifications;

	@Autowired
	WholeTransactions transactions;

	@Autowired
	DatabaseClient db;

	@Test
	void aUsersSecondNotificationWaitsForTheFirstToCommit() {
		UUID user = UUID.randomUUID();
		Mono<Long> first = this.notifications.add(UUID.randomUUID(), approved(user), Instant.now())
			// still open while the second one is written
			.delayUntil((seq) -> Mono.delay(Duration.ofMillis(1500)))
			.as(this.transactions::whole);
		Mono<Long> second = Mono.delay(Duration.ofMillis(300))
			.then(this.notifications.add(UUID.randomUUID(), approved(user), Instant.now()))
			.as(this.transactions::whole);

		var firstSeq = first.subscribeOn(Schedulers.boundedElastic()).toFuture();
		var secondSeq = second.subscribeOn(Schedulers.boundedElastic()).toFuture();

		// the first is open, the second has had time to write: nothing of the user's
		// is visible yet, so a reader cannot see the later seq first
		Mono.delay(Duration.ofMillis(900)).block();
		assertThat(visible(user)).isZero();
		assertThat(firstSeq.join()).isLessThan(secondSeq.join());
		assertThat(visible(user)).isEqualTo(2);
	}

	private long visible(UUID user) {
		return this.db.sql("SELECT count(*) AS n FROM notifications WHERE user_id = :user")
			.bind("user", user)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private static NewNotification approved(UUID user) {
		return new NewNotification(UUID.randomUUID().toString(), user, NotificationType.ORDER_APPROVED,
				"Order approved", "Your order was approved.", UUID.randomUUID());
	}

}
