package dev.orderflow.notification.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.orderflow.notification.EventFixtures;
import dev.orderflow.notification.NotificationServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * I4 with real Kafka, PostgreSQL and SMTP: one notification, and one email, per event.
 */
class NotificationsFromEventsIT extends NotificationServiceIntegrationTest {

	@Test
	void welcomesANewUserInTheAppAndByEmail() throws Exception {
		UUID userId = registeredUser("Ada Lovelace");

		Map<String, Object> welcome = awaitNotifications(userId, 1).get(0);
		assertThat(welcome).containsEntry("type", "WELCOME").containsEntry("read", false);
		assertThat((String) welcome.get("message")).contains("Hello Ada Lovelace");
		MimeMessage mail = awaitMail(addressOf(userId), 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Welcome to OrderFlow");
		assertThat(mail.getFrom()[0].toString()).contains("no-reply@orderflow.local");
		Map<String, String> bodies = new LinkedHashMap<>();
		collectBodies(mail, bodies);
		assertThat(bodies).containsOnlyKeys("text/plain", "text/html");
		assertThat(bodies.get("text/plain")).contains("Hello Ada Lovelace,").doesNotContain("<");
		assertThat(bodies.get("text/html")).contains("<h1", "Welcome to OrderFlow", "Hello <span>Ada Lovelace</span>");
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> email(notificationsOf(userId).get(0)).get("status"), "SENT"::equals);
		assertThat(email(notificationsOf(userId).get(0))).containsEntry("attempts", 1);
	}

	@Test
	void everyTerminalOrderEventBecomesOneNotificationInCustomerWords() {
		UUID userId = registeredUser("Grace");
		UUID approved = UUID.randomUUID();
		UUID rejected = UUID.randomUUID();
		UUID timedOut = UUID.randomUUID();
		UUID cancelled = UUID.randomUUID();

		send(EventFixtures.orderCreated(approved, userId, "89.90"));
		send(EventFixtures.orderApproved(approved, userId, "89.90"));
		send(EventFixtures.orderRejected(rejected, userId, "5000.00", "INSUFFICIENT_CREDIT"));
		send(EventFixtures.orderRejected(timedOut, userId, "24.99", "TIMEOUT"));
		send(EventFixtures.orderCancelled(cancelled, userId, "279.00", "APPROVED"));

		List<Map<String, Object>> notifications = awaitNotifications(userId, 5);
		assertThat(notifications).extracting((item) -> item.get("type"))
			.containsExactlyInAnyOrder("WELCOME", "ORDER_APPROVED", "ORDER_REJECTED", "ORDER_REJECTED",
					"ORDER_CANCELLED");
		assertThat(message(notifications, approved)).contains("is approved", "89.90 EUR");
		assertThat(message(notifications, rejected)).contains("5000.00 EUR", "more than your available credit")
			.doesNotContain("INSUFFICIENT_CREDIT");
		assertThat(message(notifications, timedOut)).contains("could not confirm it in time").doesNotContain("TIMEOUT");
		assertThat(message(notifications, cancelled)).contains("is cancelled", "279.00 EUR")
			.contains("available again");
		// OrderCreated is no notification
		assertThat(count("SELECT count(*) FROM notifications WHERE order_id = '" + approved + "'")).isEqualTo(1);
		awaitMail(addressOf(userId), 5);
	}

	@Test
	void theSameEventDeliveredTwiceYieldsOneNotificationAndOneEmail() {
		UUID userId = registeredUser("Linus");
		UUID orderId = UUID.randomUUID();
		ProducerRecord<String, String> approved = EventFixtures.orderApproved(orderId, userId, "10.00");

		send(approved);
		send(approved);
		// a later event of the same order (same partition) is processed after both copies
		send(EventFixtures.orderCancelled(orderId, userId, "10.00", "APPROVED"));

		awaitNotifications(userId, 3);
		// a SENT email is never sent again: once all three are SENT, the mailbox is final
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> notificationsOf(userId).stream().allMatch((item) -> "SENT".equals(email(item).get("status"))));
		assertThat(notificationsOf(userId)).extracting((item) -> item.get("type"))
			.containsExactlyInAnyOrder("WELCOME", "ORDER_APPROVED", "ORDER_CANCELLED");
		assertThat(smtp.receivedBy(addressOf(userId))).hasSize(3);
	}

	@Test
	void aReplayedEventWhoseInboxRecordWasPurgedStillYieldsOneNotification() {
		UUID userId = registeredUser("Barbara");
		UUID orderId = UUID.randomUUID();
		ProducerRecord<String, String> approved = EventFixtures.orderApproved(orderId, userId, "10.00");
		send(approved);
		awaitNotifications(userId, 2);

		// the inbox forgets processed ids after its retention; the notification table's
		// unique event id does not
		this.db.sql("DELETE FROM inbox WHERE event_id = :id")
			.bind("id", EventFixtures.eventId(approved))
			.then()
			.block();
		send(approved);
		send(EventFixtures.orderCancelled(orderId, userId, "10.00", "APPROVED"));

		awaitNotifications(userId, 3);
		assertThat(count("SELECT count(*) FROM inbox WHERE event_id = '" + EventFixtures.eventId(approved) + "'"))
			.isEqualTo(1);
		assertThat(count("SELECT count(*) FROM notifications WHERE order_id = '" + orderId + "'")).isEqualTo(2);
	}

	@Test
	void aMalformedEventIsDeadLetteredAndTheNextOneStillNotifies() {
		UUID userId = registeredUser("Edsger");
		// the welcome first: it comes from another topic and could otherwise be the
		// newest
		awaitNotifications(userId, 1);
		UUID orderId = UUID.randomUUID();
		send(EventFixtures.withPayload(EventFixtures.orderApproved(orderId, userId, "10.00"), "{not json"));
		send(EventFixtures.orderRejected(orderId, userId, "10.00", "USER_SUSPENDED"));

		List<Map<String, Object>> notifications = awaitNotifications(userId, 2);
		assertThat(notifications.get(0)).containsEntry("type", "ORDER_REJECTED");
		assertThat((String) notifications.get(0).get("message")).contains("account is suspended");
	}

	@Test
	void anOrderOutcomeBeforeTheUserIsKnownIsEmailedOnceTheirAddressArrives() throws Exception {
		UUID userId = UUID.randomUUID();
		UUID orderId = UUID.randomUUID();
		send(EventFixtures.orderApproved(orderId, userId, "42.00"));
		awaitNotifications(userId, 1);

		send(EventFixtures.userUpdated(userId, addressOf(userId), "Late Comer", "ACTIVE", Instant.now()));

		MimeMessage mail = awaitMail(addressOf(userId), 1).get(0);
		assertThat(mail.getHeader("X-OrderFlow-Notification-Id")[0])
			.isEqualTo(notificationsOf(userId).get(0).get("id"));
	}

	@Test
	void theNewestAddressWins() {
		UUID userId = registeredUser("Old Name");
		awaitNotifications(userId, 1);
		Instant now = Instant.now();
		send(EventFixtures.userUpdated(userId, "new-" + addressOf(userId), "New Name", "ACTIVE", now));
		// a replayed older event does not overwrite the newer address
		ProducerRecord<String, String> stale = EventFixtures.userUpdated(userId, "stale-" + addressOf(userId), "Stale",
				"ACTIVE", now.minusSeconds(60));
		send(stale);
		// user events and order events travel on two topics: nothing orders one after the
		// other, so the order comes once the stale update has been handled (after the
		// newer
		// one: same key, same partition)
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> count(
					"SELECT count(*) FROM inbox WHERE event_id = '" + EventFixtures.eventId(stale) + "'") == 1);
		send(EventFixtures.orderApproved(UUID.randomUUID(), userId, "1.00"));

		awaitMail("new-" + addressOf(userId), 1);
		assertThat(smtp.receivedBy("stale-" + addressOf(userId))).isEmpty();
	}

	/** The text bodies of a (nested) multipart message, by content type. */
	private static void collectBodies(Part part, Map<String, String> bodies) throws Exception {
		if (part.getContent() instanceof Multipart multipart) {
			for (int index = 0; index < multipart.getCount(); index++) {
				collectBodies(multipart.getBodyPart(index), bodies);
			}
		}
		else {
			bodies.put(part.getContentType().split(";")[0].trim(), (String) part.getContent());
		}
	}

	private static String message(List<Map<String, Object>> notifications, UUID orderId) {
		return notifications.stream()
			.filter((item) -> orderId.toString().equals(item.get("orderId")))
			.map((item) -> (String) item.get("message"))
			.findFirst()
			.orElseThrow();
	}

	private static List<MimeMessage> awaitMail(String address, int count) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> smtp.receivedBy(address), (messages) -> messages.size() >= count);
	}

}
