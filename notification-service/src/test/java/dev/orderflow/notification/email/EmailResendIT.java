package dev.orderflow.notification.email;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.orderflow.notification.EventFixtures;
import dev.orderflow.notification.NotificationServiceIntegrationTest;
import dev.orderflow.testsupport.tokens.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator resends emails that FAILED during an SMTP outage once the server is back:
 * one, or all of a period. Each goes out once more, and only a FAILED one can be resent.
 */
class EmailResendIT extends NotificationServiceIntegrationTest {

	@Test
	void anAdministratorResendsAFailedEmailOnceTheServerIsBack() throws Exception {
		UUID userId = registeredUser("Resend");
		UUID notification = failedEmailOf(userId);

		post("/api/notifications/" + notification + "/email/resend", userId).expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		resend("/api/notifications/" + notification + "/email/resend").expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.resent")
			.isEqualTo(1);

		Map<String, Object> sent = awaitEmail(userId, "SENT");
		assertThat(sent).containsEntry("attempts", 1);
		// the SMTP server restarted empty: what it holds came after the outage
		assertThat(smtp.receivedBy(addressOf(userId))).hasSize(1);
		assertThat(smtp.receivedBy(addressOf(userId)).get(0).getSubject()).isEqualTo("Your order is approved");
		// sent now: nothing to resend
		resend("/api/notifications/" + notification + "/email/resend").expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:email-not-failed");
		resend("/api/notifications/" + UUID.randomUUID() + "/email/resend").expectStatus().isNotFound();
		assertThat(smtp.receivedBy(addressOf(userId))).hasSize(1);
	}

	@Test
	void anAdministratorResendsEveryEmailThatFailedInAPeriod() {
		Instant before = Instant.now();
		UUID first = registeredUser("First");
		UUID second = registeredUser("Second");
		failedEmailOf(first, second);
		String period = "failedFrom=" + before + "&failedTo=" + Instant.now().plusSeconds(1);

		resend("/api/notifications/email/resend?failedTo=" + before + "&failedFrom=" + Instant.now()).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:invalid-period");
		resend("/api/notifications/email/resend?" + period).expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.resent")
			.isEqualTo(2);

		awaitEmail(first, "SENT");
		awaitEmail(second, "SENT");
		assertThat(smtp.receivedBy(addressOf(first))).hasSize(1);
		assertThat(smtp.receivedBy(addressOf(second))).hasSize(1);
		resend("/api/notifications/email/resend?" + period).expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.resent")
			.isEqualTo(0);
	}

	@Test
	void documentsBothResendsInTheOpenApiDocument() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/notifications/{id}/email/resend'].post")
			.exists()
			.jsonPath("$.paths['/api/notifications/email/resend'].post.parameters[*].name")
			.value((names) -> assertThat(names.toString()).contains("failedFrom", "failedTo"));
	}

	/**
	 * Each user's welcome email arrives; then an order email FAILS while SMTP is down.
	 */
	private UUID failedEmailOf(UUID... users) {
		for (UUID user : users) {
			awaitNotifications(user, 1);
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> smtp.receivedBy(addressOf(user)).size() == 1);
		}
		smtp.down();
		try {
			for (UUID user : users) {
				send(EventFixtures.orderApproved(UUID.randomUUID(), user, "10.00"));
			}
			for (UUID user : users) {
				awaitEmail(user, "FAILED");
			}
		}
		finally {
			smtp.up();
		}
		return UUID.fromString((String) notificationsOf(users[0]).get(0).get("id"));
	}

	/** Waits until the user's newest notification's email has the status. */
	private Map<String, Object> awaitEmail(UUID userId, String status) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> notificationsOf(userId),
					(items) -> items.size() >= 2 && status.equals(email(items.get(0)).get("status")))
			.stream()
			.map(NotificationServiceIntegrationTest::email)
			.findFirst()
			.orElseThrow();
	}

	private WebTestClient.ResponseSpec resend(String path) {
		return this.http.post().uri(path).headers((headers) -> headers.setBearerAuth(TestTokens.admin())).exchange();
	}

}
