package dev.orderflow.systemtests;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import dev.orderflow.contracts.EventContracts;
import dev.orderflow.testsupport.tokens.TestJwks;
import dev.orderflow.testsupport.tokens.TestTokens;
import dev.orderflow.testsupport.FreshConnections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway on port 8080 in front of the whole system as ./dev runs it: what the
 * gateway itself promises a client (request ids, identity only from the token, per-user
 * limits, the services' own endpoints out of reach, the live stream unbuffered, 503 when
 * a service is down). Moved here from gateway-service, which started its own registry and
 * services.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayIT {

	private static final String GATEWAY = WholeSystem.GATEWAY;

	private static final String REQUEST_ID = "X-Request-Id";

	private static final String USER_SERVICE = "http://127.0.0.1:8081";

	private static final String KAFKA = "127.0.0.1:9092";

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENTS = new ParameterizedTypeReference<>() {
	};

	private final WholeSystem system = WholeSystem.up();

	private final WebTestClient client = WebTestClient
		.bindToServer(new ReactorClientHttpConnector(FreshConnections.httpClient()))
		.baseUrl(GATEWAY)
		.responseTimeout(Duration.ofSeconds(30))
		.build();

	@Test
	@Order(1)
	void registersLogsInAndReadsTheOwnAccountThroughTheGateway() {
		String email = newEmail();
		this.client.post()
			.uri("/api/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("email", email, "password", "correct-horse-battery", "name", "Ada Customer"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.exists(REQUEST_ID);

		String token = login(email, "correct-horse-battery");

		this.client.get()
			.uri("/api/users/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists(REQUEST_ID)
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo(email)
			.jsonPath("$.roles[0]")
			.isEqualTo("CUSTOMER");
	}

	@Test
	@Order(2)
	void refusesARequestWithoutTokenWithAProblem() {
		expectProblem(this.client.get().uri("/api/users/me").exchange(), HttpStatus.UNAUTHORIZED);
	}

	@Test
	@Order(3)
	void refusesATokenSignedByAnotherKeyWithTheSameClaims() throws Exception {
		String realToken = login(registerCustomer(), "correct-horse-battery");
		Map<String, Object> me = me(realToken);
		String keyId = JWKSet
			.parse(this.client.get()
				.uri("/.well-known/jwks.json")
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody())
			.getKeys()
			.get(0)
			.getKeyID();
		String forged = TestTokens.token().subject((String) me.get("id")).signedWith(TestJwks.generate(keyId));

		expectProblem(this.client.get().uri("/api/users/me").headers((h) -> h.setBearerAuth(forged)).exchange(),
				HttpStatus.UNAUTHORIZED);
	}

	@Test
	@Order(4)
	void ignoresAnIdentityHeaderNamingAnotherUser() {
		Map<String, Object> admin = me(login(WholeSystem.ADMIN_EMAIL, WholeSystem.ADMIN_PASSWORD));
		String email = registerCustomer();
		String customerToken = login(email, "correct-horse-battery");

		Map<String, Object> seen = this.client.get()
			.uri("/api/users/me")
			.headers((headers) -> headers.setBearerAuth(customerToken))
			.header("X-User-Id", (String) admin.get("id"))
			.header("X-User-Roles", "ADMIN")
			.header("X-User-Email", WholeSystem.ADMIN_EMAIL)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();

		assertThat(seen).containsEntry("email", email).doesNotContainEntry("id", admin.get("id"));
		assertThat(seen.get("roles")).isEqualTo(List.of("CUSTOMER"));
	}

	@Test
	@Order(5)
	void limitsABurstOfOneUserWithTooManyRequestsAndRetryAfter() {
		String token = login(registerCustomer(), "correct-horse-battery");
		// all at once: one after another, a loaded machine answers so slowly that the
		// bucket
		// refills as fast as it is emptied (20 a second) and no request is ever refused
		WebClient gateway = WebClient.create(GATEWAY);
		List<ResponseEntity<String>> responses = Flux.range(0, 150)
			.flatMap((request) -> gateway.get()
				.uri("/api/users/me")
				.headers((h) -> h.setBearerAuth(token))
				.exchangeToMono((response) -> response.toEntity(String.class)), 150)
			.collectList()
			.block(Duration.ofSeconds(60));
		ResponseEntity<String> denied = responses.stream()
			.filter((response) -> response.getStatusCode().value() == 429)
			.findFirst()
			.orElse(null);

		assertThat(denied).as("a 429 among 150 requests at once (./dev: burst 40, 20/s)").isNotNull();
		assertThat(denied.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(denied.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(denied.getBody()).contains("\"status\":429");
	}

	@Test
	@Order(6)
	void refusesAnOversizedBodyWithAProblem() {
		String name = "x".repeat(1_100_000);

		expectProblem(this.client.post()
			.uri("/api/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("email", newEmail(), "password", "correct-horse-battery", "name", name))
			.exchange(), HttpStatus.CONTENT_TOO_LARGE);
	}

	@Test
	@Order(7)
	void answersAnUnknownPathWithAProblem() {
		String token = login(registerCustomer(), "correct-horse-battery");

		expectProblem(this.client.get().uri("/api/unknown").headers((h) -> h.setBearerAuth(token)).exchange(),
				HttpStatus.NOT_FOUND);
	}

	@Test
	@Order(8)
	void doesNotExposeTheServicesActuator() throws Exception {
		String token = login(registerCustomer(), "correct-horse-battery");
		// the service has the endpoint, on its own port
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> direct = http.send(
				HttpRequest.newBuilder(URI.create(USER_SERVICE + "/actuator/prometheus")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(direct.statusCode()).isEqualTo(200);

		for (String path : List.of("/api/users/../../actuator/prometheus",
				"/api/users/%2e%2e/%2e%2e/actuator/prometheus", "/api/auth/..%2f..%2factuator/prometheus",
				"/actuator/env")) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + path))
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isBetween(400, 499);
			assertThat(response.body()).as(path).doesNotContain("jvm_").doesNotContain("user-service");
		}
	}

	/**
	 * The live stream through port 8080: the gateway neither buffers it nor times it out.
	 * The test plays order-service on the broker and measures, 50 times, the time from an
	 * OrderApproved on the broker to its notification at this client.
	 */
	@Test
	@Order(9)
	void streamsNotificationsThroughTheGatewayWithinASecondOfTheirEvent() throws Exception {
		String token = login(registerCustomer(), "correct-horse-battery");
		UUID userId = UUID.fromString((String) me(token).get("id"));
		awaitRouteToNotificationService(token);
		List<Received> received = new CopyOnWriteArrayList<>();
		Disposable stream = WebClient.create(GATEWAY)
			.get()
			.uri("/api/notifications/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers((headers) -> headers.setBearerAuth(token))
			.retrieve()
			.bodyToFlux(EVENTS)
			.subscribe((event) -> received.add(new Received(event, System.nanoTime())));
		try (KafkaProducer<String, String> orderService = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
			Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.until(() -> received.stream().anyMatch((event) -> "connected".equals(event.event().comment())));
			List<Duration> latencies = new ArrayList<>();
			for (int order = 0; order < 50; order++) {
				UUID orderId = UUID.randomUUID();
				long sent = System.nanoTime();
				orderService.send(orderApproved(orderId, userId)).get();
				Received notification = Awaitility.await()
					.atMost(Duration.ofSeconds(order == 0 ? 1 : 10))
					.until(() -> received.stream()
						.filter((event) -> event.event().data() != null
								&& orderId.toString().equals(event.event().data().get("orderId")))
						.findFirst()
						.orElse(null), Objects::nonNull);
				latencies.add(Duration.ofNanos(notification.at() - sent));
			}
			List<Duration> sorted = latencies.stream().sorted().toList();
			System.out.printf("event -> SSE through the gateway over %d orders: median %d ms, max %d ms%n",
					sorted.size(), sorted.get(sorted.size() / 2).toMillis(), sorted.get(sorted.size() - 1).toMillis());
			assertThat(sorted.get(sorted.size() / 2)).isLessThan(Duration.ofSeconds(1));
			assertThat(received.stream().filter((event) -> event.event().data() != null)).hasSize(50)
				.allSatisfy((event) -> assertThat(event.event().data()).containsEntry("type", "ORDER_APPROVED"));
		}
		finally {
			stream.dispose();
		}
	}

	@Test
	@Order(100)
	void answersServiceUnavailableWhenUserServiceIsDown() {
		String token = login(registerCustomer(), "correct-horse-battery");

		this.system.kill("user-service");
		try {
			expectProblem(this.client.get().uri("/api/users/me").headers((h) -> h.setBearerAuth(token)).exchange(),
					HttpStatus.SERVICE_UNAVAILABLE)
				.expectHeader()
				.exists(HttpHeaders.RETRY_AFTER);
			expectProblem(this.client.post()
				.uri("/api/auth/login")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("email", "nobody@gateway-it.test", "password", "correct-horse-battery"))
				.exchange(), HttpStatus.SERVICE_UNAVAILABLE);
		}
		finally {
			// the other tests of this JVM share the system: back as it was, routed again
			this.system.start("user-service");
			Awaitility.await()
				.atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> this.client.get()
					.uri("/.well-known/jwks.json")
					.exchange()
					.returnResult(String.class)
					.getStatus()
					.value() == 200);
		}
	}

	private void awaitRouteToNotificationService(String token) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> this.client.get()
				.uri("/api/notifications")
				.headers((headers) -> headers.setBearerAuth(token))
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value() == 200);
	}

	private static ProducerRecord<String, String> orderApproved(UUID orderId, UUID userId) {
		String json = """
				{"orderId": "%s", "userId": "%s", "total": {"amount": "10.00", "currency": "EUR"},
				 "occurredAt": "%s"}""".formatted(orderId, userId, Instant.now());
		EventContracts.assertValid("orders.order.v1", "OrderApproved", json);
		ProducerRecord<String, String> record = new ProducerRecord<>("orders.order.v1", orderId.toString(), json);
		record.headers()
			.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))
			.add("ce_type", "OrderApproved".getBytes(StandardCharsets.UTF_8))
			.add("ce_source", "/order-service".getBytes(StandardCharsets.UTF_8))
			.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
			.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
		return record;
	}

	/** An event and when it arrived ({@link System#nanoTime()}). */
	private record Received(ServerSentEvent<Map<String, Object>> event, long at) {

	}

	private String registerCustomer() {
		String email = newEmail();
		this.client.post()
			.uri("/api/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("email", email, "password", "correct-horse-battery", "name", "Customer"))
			.exchange()
			.expectStatus()
			.isCreated();
		return email;
	}

	private String login(String email, String password) {
		Map<String, Object> tokens = this.client.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("email", email, "password", password))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(tokens).containsEntry("tokenType", "Bearer");
		return (String) tokens.get("accessToken");
	}

	private Map<String, Object> me(String token) {
		return this.client.get()
			.uri("/api/users/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	private static String newEmail() {
		return "c-" + UUID.randomUUID() + "@gateway-it.test";
	}

	private static WebTestClient.ResponseSpec expectProblem(WebTestClient.ResponseSpec response, HttpStatus status) {
		response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists(REQUEST_ID)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status.value())
			.jsonPath("$.title")
			.isEqualTo(status.getReasonPhrase())
			.jsonPath("$.traceId")
			.isNotEmpty();
		return response;
	}

}
