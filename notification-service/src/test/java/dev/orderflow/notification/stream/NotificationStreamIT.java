package dev.orderflow.notification.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import dev.orderflow.notification.EventFixtures;
import dev.orderflow.notification.NotificationServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The live stream: one's own new notifications, live, resumable, and nobody else's. */
class NotificationStreamIT extends NotificationServiceIntegrationTest {

	private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENTS = new ParameterizedTypeReference<>() {
	};

	@Test
	void streamsTheCallersNewNotificationsAndNobodyElses() {
		UUID alice = registeredUser("Alice");
		UUID bob = registeredUser("Bob");
		awaitNotifications(alice, 1);
		awaitNotifications(bob, 1);
		Stream alicesStream = connect(alice, null);
		Stream bobsStream = connect(bob, null);
		try {
			alicesStream.awaitOpen();
			bobsStream.awaitOpen();
			UUID orderId = UUID.randomUUID();

			send(EventFixtures.orderApproved(orderId, alice, "19.99"));

			ServerSentEvent<Map<String, Object>> event = alicesStream.awaitNotifications(1).get(0);
			assertThat(event.event()).isEqualTo("notification");
			assertThat(event.id()).isNotBlank();
			assertThat(event.data()).containsEntry("type", "ORDER_APPROVED")
				.containsEntry("orderId", orderId.toString());
			// the welcome came before the stream opened: only new ones are streamed
			assertThat(alicesStream.notifications()).hasSize(1);
			// Bob hears heartbeats, but never Alice's notification
			Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> bobsStream.comments() >= 2);
			assertThat(bobsStream.notifications()).isEmpty();
		}
		finally {
			alicesStream.close();
			bobsStream.close();
		}
	}

	@Test
	void aClientReconnectingWithLastEventIdGetsWhatItMissedInOrder() {
		UUID userId = registeredUser("Carol");
		awaitNotifications(userId, 1);
		Stream first = connect(userId, null);
		first.awaitOpen();
		send(EventFixtures.orderApproved(UUID.randomUUID(), userId, "1.00"));
		String lastEventId = first.awaitNotifications(1).get(0).id();
		first.close();

		// two events of one order: one key, one partition, so the design orders them
		// (events
		// of two orders may take two partitions and arrive in either order)
		UUID missed = UUID.randomUUID();
		send(EventFixtures.orderApproved(missed, userId, "2.00"));
		send(EventFixtures.orderCancelled(missed, userId, "2.00", "APPROVED"));
		awaitNotifications(userId, 4);

		Stream resumed = connect(userId, lastEventId);
		try {
			List<ServerSentEvent<Map<String, Object>>> events = resumed.awaitNotifications(2);
			assertThat(events).extracting((event) -> event.data().get("orderId")).containsOnly(missed.toString());
			assertThat(events).extracting((event) -> event.data().get("type"))
				.containsExactly("ORDER_APPROVED", "ORDER_CANCELLED");
			assertThat(Long.parseLong(events.get(1).id())).isGreaterThan(Long.parseLong(events.get(0).id()))
				.isGreaterThan(Long.parseLong(lastEventId));
		}
		finally {
			resumed.close();
		}
	}

	@Test
	void exposesNotificationDeliveryAndStreamMetrics() {
		UUID userId = registeredUser("Metered");
		awaitNotifications(userId, 1);
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> email(notificationsOf(userId).get(0)).get("status"), "SENT"::equals);
		Stream stream = connect(userId, null);
		try {
			stream.awaitOpen();

			String metrics = this.http.get()
				.uri("/actuator/prometheus")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();

			assertThat(metrics).containsPattern("orderflow_notifications_total\\{[^}]*type=\"WELCOME\"[^}]*} [1-9]")
				.containsPattern(
						"orderflow_notifications_deliveries_total\\{[^}]*channel=\"EMAIL\"[^}]*outcome=\"sent\"[^}]*} [1-9]")
				.containsPattern(
						"orderflow_notifications_delivery_latency_seconds_count\\{[^}]*channel=\"EMAIL\"[^}]*} [1-9]")
				.containsPattern("orderflow_notifications_streams_open(\\{[^}]*})? 1\\.0")
				.containsPattern(
						"resilience4j_circuitbreaker_state\\{[^}]*name=\"smtp\"[^}]*state=\"closed\"[^}]*} 1\\.0")
				.contains("orderflow_events_consumed_total");
		}
		finally {
			stream.close();
		}
	}

	@Test
	void refusesABadLastEventIdAndAMissingToken() {
		this.http.get().uri("/api/notifications/stream").accept(MediaType.TEXT_EVENT_STREAM).headers((headers) -> {
			headers.setBearerAuth(tokenOf(UUID.randomUUID()));
			headers.set("Last-Event-ID", "yesterday");
		})
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get()
			.uri("/api/notifications/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private Stream connect(UUID userId, String lastEventId) {
		Stream stream = new Stream();
		stream.subscription = WebClient.create("http://localhost:" + this.port)
			.get()
			.uri("/api/notifications/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers((headers) -> {
				headers.setBearerAuth(tokenOf(userId));
				if (lastEventId != null) {
					headers.set("Last-Event-ID", lastEventId);
				}
			})
			.retrieve()
			.bodyToFlux(EVENTS)
			.subscribe(stream.events::add);
		return stream;
	}

	/** What one client received so far. */
	static final class Stream implements AutoCloseable {

		final List<ServerSentEvent<Map<String, Object>>> events = new CopyOnWriteArrayList<>();

		Disposable subscription;

		void awaitOpen() {
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> comments() >= 1);
		}

		long comments() {
			return this.events.stream().filter((event) -> event.comment() != null).count();
		}

		List<ServerSentEvent<Map<String, Object>>> notifications() {
			return this.events.stream().filter((event) -> event.data() != null).toList();
		}

		List<ServerSentEvent<Map<String, Object>>> awaitNotifications(int count) {
			return Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.until(this::notifications, (received) -> received.size() >= count);
		}

		@Override
		public void close() {
			this.subscription.dispose();
		}

	}

}
