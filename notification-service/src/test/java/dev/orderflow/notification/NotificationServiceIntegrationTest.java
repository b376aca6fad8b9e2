package dev.orderflow.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import dev.orderflow.testsupport.KafkaBroker;
import dev.orderflow.testsupport.WithKafka;
import dev.orderflow.testsupport.WithPostgres;
import dev.orderflow.testsupport.tokens.TestJwks;
import dev.orderflow.testsupport.tokens.TestTokens;
import dev.orderflow.testsupport.FreshConnections;

/**
 * notification-service on a real port with a fresh real PostgreSQL database per test
 * class, the real Kafka broker of the test JVM and a real SMTP server (GreenMail) of its
 * own. Tests play user-service and order-service on the broker, sign tokens with
 * {@link TestTokens}; the service fetches the keys from {@link TestJwks}. Retries and the
 * circuit breaker are fast here, so that outages play out in seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"orderflow.notifications.email.initial-backoff=100ms", "orderflow.notifications.email.max-backoff=400ms",
		"orderflow.notifications.email.max-attempts=3", "orderflow.notifications.email.poll-interval=200ms",
		"orderflow.notifications.email.circuit-breaker.minimum-calls=3",
		"orderflow.notifications.email.circuit-breaker.sliding-window-size=3",
		"orderflow.notifications.email.circuit-breaker.open-for=2s", "orderflow.notifications.stream.heartbeat=2s" })
@ActiveProfiles("test")
@WithPostgres
@WithKafka
// Each class has a database of its own, so a cached context is never reused; closing it
// stops its Kafka listeners, which would otherwise consume the next class's events.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class NotificationServiceIntegrationTest {

	protected static SmtpServer smtp;

	private static KafkaProducer<String, String> producer;

	@LocalServerPort
	protected int port;

	@Autowired
	protected DatabaseClient db;

	protected WebTestClient http;

	@DynamicPropertySource
	static void collaborators(DynamicPropertyRegistry registry) {
		smtp = SmtpServer.start();
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::port);
		registry.add("orderflow.security.jwk-set-uri", TestJwks::uri);
	}

	@AfterAll
	static void stopSmtp() {
		if (smtp != null) {
			smtp.close();
		}
	}

	@BeforeEach
	void client() {
		this.http = WebTestClient.bindToServer(new ReactorClientHttpConnector(FreshConnections.httpClient()))
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(10))
			.build();
	}

	protected static void send(ProducerRecord<String, String> record) {
		try {
			producer().send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static synchronized KafkaProducer<String, String> producer() {
		if (producer == null) {
			producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
					KafkaBroker.shared().bootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
					StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
		}
		return producer;
	}

	protected static String tokenOf(UUID userId) {
		return TestTokens.token().subject(userId.toString()).signedWith(TestJwks.signingKey());
	}

	/** A user user-service announced, with an address of their own. */
	protected static UUID registeredUser(String name) {
		UUID userId = UUID.randomUUID();
		send(EventFixtures.userRegistered(userId, addressOf(userId), name));
		return userId;
	}

	protected static String addressOf(UUID userId) {
		return "user-" + userId + "@example.com";
	}

	protected WebTestClient.ResponseSpec get(String path, UUID userId) {
		return this.http.get().uri(path).headers((headers) -> headers.setBearerAuth(tokenOf(userId))).exchange();
	}

	protected WebTestClient.ResponseSpec post(String path, UUID userId) {
		return this.http.post().uri(path).headers((headers) -> headers.setBearerAuth(tokenOf(userId))).exchange();
	}

	/** The user's notifications, newest first (up to 100). */
	protected List<Map<String, Object>> notificationsOf(UUID userId) {
		Map<String, Object> page = get("/api/notifications?size=100", userId).expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
		return items;
	}

	/** Waits until the user has this many notifications, and returns them. */
	protected List<Map<String, Object>> awaitNotifications(UUID userId, int count) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> notificationsOf(userId), (items) -> items.size() >= count);
	}

	/** The EMAIL delivery of a notification as the API shows it. */
	@SuppressWarnings("unchecked")
	protected static Map<String, Object> email(Map<String, Object> notification) {
		return ((List<Map<String, Object>>) notification.get("deliveries")).stream()
			.filter((delivery) -> "EMAIL".equals(delivery.get("channel")))
			.findFirst()
			.orElseThrow();
	}

	protected long count(String sql) {
		return this.db.sql(sql).map((row) -> row.get(0, Long.class)).one().block();
	}

}
