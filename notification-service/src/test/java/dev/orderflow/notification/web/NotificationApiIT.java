package dev.orderflow.notification.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.orderflow.notification.EventFixtures;
import dev.orderflow.notification.NotificationServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The notifications API: own notifications only, bad input refused and harmless. */
class NotificationApiIT extends NotificationServiceIntegrationTest {

	@Test
	void listsOwnNotificationsNewestFirstInPages() {
		UUID userId = registeredUser("Ada");
		// users' and orders' events come on different topics: without this wait the
		// order's
		// notification may be made before the welcome, and the order below is not the one
		// meant
		awaitNotifications(userId, 1);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		send(EventFixtures.orderApproved(first, userId, "10.00"));
		awaitNotifications(userId, 2);
		send(EventFixtures.orderApproved(second, userId, "20.00"));
		awaitNotifications(userId, 3);

		get("/api/notifications?page=0&size=2", userId).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(2)
			.jsonPath("$.items[0].orderId")
			.isEqualTo(second.toString())
			.jsonPath("$.items[1].orderId")
			.isEqualTo(first.toString())
			.jsonPath("$.page")
			.isEqualTo(0)
			.jsonPath("$.size")
			.isEqualTo(2)
			.jsonPath("$.totalItems")
			.isEqualTo(3);
		get("/api/notifications?page=1&size=2", userId).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].type")
			.isEqualTo("WELCOME");
		// someone else sees none of them
		get("/api/notifications", UUID.randomUUID()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(0);
	}

	@Test
	void marksOwnNotificationReadOnceAndFiltersUnread() {
		UUID userId = registeredUser("Grace");
		String id = (String) awaitNotifications(userId, 1).get(0).get("id");

		String readAt = post("/api/notifications/" + id + "/read", userId).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("readAt")
			.toString();
		post("/api/notifications/" + id + "/read", userId).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.read")
			.isEqualTo(true)
			.jsonPath("$.readAt")
			.isEqualTo(readAt);

		get("/api/notifications?unread=true", userId).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(0);
		get("/api/notifications?unread=false", userId).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(1);
	}

	@Test
	void someoneElsesNotificationIsNotFoundAndStaysUnread() {
		UUID owner = registeredUser("Owner");
		String id = (String) awaitNotifications(owner, 1).get(0).get("id");
		UUID stranger = UUID.randomUUID();

		problem(post("/api/notifications/" + id + "/read", stranger), 404, "notification-not-found");
		problem(post("/api/notifications/" + UUID.randomUUID() + "/read", owner), 404, "notification-not-found");
		assertThat(notificationsOf(owner).get(0)).containsEntry("read", false);
	}

	@Test
	void refusesMalformedInputWithProblems() {
		UUID userId = UUID.randomUUID();
		problem(post("/api/notifications/not-a-uuid/read", userId), 400, null);
		problem(get("/api/notifications?size=101", userId), 400, null);
		problem(get("/api/notifications?unread=maybe", userId), 400, null);
		problem(get("/api/notifications/no-such-thing/here", userId), 404, null);
		problem(this.http.get().uri("/api/notifications").exchange(), 401, null);
		problem(this.http.get()
			.uri("/api/notifications")
			.headers((headers) -> headers.setBearerAuth("not.a.token"))
			.exchange(), 401, null);
	}

	@Test
	void emailIsOnUntilSwitchedOffAndThenSkipped() {
		UUID userId = registeredUser("Quiet");
		awaitNotifications(userId, 1);
		get("/api/notifications/preferences", userId).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo(true);

		putPreferences(userId, "{\"email\": false}").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo(false);
		send(EventFixtures.orderApproved(UUID.randomUUID(), userId, "10.00"));

		List<Map<String, Object>> notifications = awaitNotifications(userId, 2);
		assertThat(email(notifications.get(0))).containsEntry("status", "SKIPPED").containsEntry("attempts", 0);
		get("/api/notifications/preferences", userId).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo(false);
		assertThat(smtp.receivedBy(addressOf(userId))).hasSize(1); // the welcome only
	}

	@Test
	void malformedPreferencesAreRefusedAndChangeNothing() {
		UUID userId = UUID.randomUUID();
		putPreferences(userId, "{\"email\": false}").expectStatus().isOk();

		problem(putPreferences(userId, "{}"), 400, "validation");
		problem(putPreferences(userId, "{\"email\": null}"), 400, "validation");
		problem(putPreferences(userId, "{\"email\": \"yes\"}"), 400, null);
		problem(putPreferences(userId, "{\"email\": 1}"), 400, null);
		problem(putPreferences(userId, "{\"email\": true, \"sms\": true}"), 400, null);
		problem(putPreferences(userId, "{\"email\": tru"), 400, null);
		problem(putPreferences(userId, "[]"), 400, null);

		get("/api/notifications/preferences", userId).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo(false);
	}

	private WebTestClient.ResponseSpec putPreferences(UUID userId, String json) {
		return this.http.put()
			.uri("/api/notifications/preferences")
			.headers((headers) -> headers.setBearerAuth(tokenOf(userId)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange();
	}

	private static void problem(WebTestClient.ResponseSpec response, int status, String type) {
		WebTestClient.BodyContentSpec body = response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.traceId")
			.exists();
		if (type != null) {
			body.jsonPath("$.type").isEqualTo("urn:orderflow:problem:" + type);
		}
	}

}
