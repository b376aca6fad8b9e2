package dev.orderflow.notification.email;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.orderflow.notification.EventFixtures;
import dev.orderflow.notification.NotificationServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Emails go out several over one SMTP connection and are recorded SENT with one statement
 * per connection: a burst still arrives exactly once per notification, each email to its
 * own recipient.
 */
class EmailBatchIT extends NotificationServiceIntegrationTest {

	@Test
	void aBurstOfEmailsArrivesOnceEachAtItsRecipient() {
		List<UUID> users = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			users.add(registeredUser("Burst " + i));
		}
		for (int round = 0; round < 3; round++) {
			for (UUID user : users) {
				send(EventFixtures.orderApproved(UUID.randomUUID(), user, "10.00"));
			}
		}

		for (UUID user : users) {
			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> notificationsOf(user), (items) -> items.size() == 4
						&& items.stream().allMatch((notification) -> "SENT".equals(email(notification).get("status"))));
			assertThat(smtp.receivedBy(addressOf(user))).hasSize(4)
				.allSatisfy((message) -> assertThat(message.getAllRecipients()).extracting(Object::toString)
					.containsExactly(addressOf(user)));
		}
	}

}
