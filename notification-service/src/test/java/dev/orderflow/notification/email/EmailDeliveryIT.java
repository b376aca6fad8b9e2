package dev.orderflow.notification.email;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.orderflow.notification.EventFixtures;
import dev.orderflow.notification.NotificationServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SMTP outage: retries with backoff, then FAILED with the error; the circuit opens and
 * stops calling the server; mail waiting meanwhile goes out once it is back.
 */
class EmailDeliveryIT extends NotificationServiceIntegrationTest {

	@Autowired
	CircuitBreaker smtpCircuitBreaker;

	@Test
	void anOutageFailsDeliveriesAfterTheirRetriesOpensTheCircuitAndMailGoesOutWhenTheServerIsBack() throws Exception {
		UUID userId = registeredUser("Outage");
		awaitNotifications(userId, 1);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> smtp.receivedBy(addressOf(userId)).size() == 1);

		smtp.down();
		send(EventFixtures.orderApproved(UUID.randomUUID(), userId, "10.00"));

		Map<String, Object> failed = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> email(notificationsOf(userId).get(0)), (email) -> "FAILED".equals(email.get("status")));
		assertThat(failed).containsEntry("attempts", 3);
		assertThat((String) failed.get("lastError")).containsIgnoringCase("connect");
		assertThat(this.smtpCircuitBreaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

		// a delivery made meanwhile waits (the circuit is open, or its trial call fails)
		send(EventFixtures.orderRejected(UUID.randomUUID(), userId, "20.00", "INSUFFICIENT_CREDIT"));
		Map<String, Object> waiting = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> notificationsOf(userId), (items) -> items.size() == 3)
			.get(0);
		assertThat(email(waiting)).containsEntry("status", "PENDING");

		smtp.up();

		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> email(notificationsOf(userId).get(0)).get("status"), "SENT"::equals);
		assertThat(smtp.receivedBy(addressOf(userId))).hasSize(1);
		assertThat(smtp.receivedBy(addressOf(userId)).get(0).getSubject()).isEqualTo("Your order could not be placed");
		assertThat(email(notificationsOf(userId).get(1))).containsEntry("status", "FAILED");
		assertThat(this.smtpCircuitBreaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

}
