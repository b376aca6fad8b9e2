package dev.orderflow.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import dev.orderflow.platform.web.RequestIds;
import dev.orderflow.testsupport.tokens.TestJwks;
import dev.orderflow.testsupport.tokens.TestTokens;
import dev.orderflow.testsupport.FreshConnections;
import dev.orderflow.testsupport.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge policies against a scripted upstream resolved through the load balancer (no
 * Eureka): what the gateway itself answers and what it forwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GatewayEdgePoliciesIT {

	private static final ScriptedUpstream userService = new ScriptedUpstream();

	private static final int closedPort = closedPort();

	@LocalServerPort
	int port;

	private WebTestClient client;

	@DynamicPropertySource
	static void scriptedUpstream(DynamicPropertyRegistry registry) {
		registry.add("eureka.client.enabled", () -> "false");
		registry.add("spring.cloud.discovery.client.simple.instances.user-service[0].uri", userService::baseUrl);
		// registered but nobody listens: a crashed instance Eureka still lists
		registry.add("spring.cloud.discovery.client.simple.instances.order-service[0].uri",
				() -> "http://127.0.0.1:" + closedPort);
		registry.add("resilience4j.timelimiter.configs.default.timeout-duration", () -> "1s");
		registry.add("gateway.max-request-size", () -> "2KB");
		registry.add("gateway.cors.allowed-origins", () -> "https://shop.example");
	}

	@AfterAll
	static void stopUpstream() {
		userService.close();
	}

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToServer(new ReactorClientHttpConnector(FreshConnections.httpClient()))
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

	@Test
	void routesAnAuthenticatedRequestWithTokenAndRequestIdToTheService() {
		String token = tokenForNewUser();

		EntityExchangeResult<String> result = this.client.get()
			.uri("/api/users/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();

		String requestId = result.getResponseHeaders().getFirst(RequestIds.HEADER);
		assertThat(requestId).isNotBlank();
		assertThat(result.getResponseBody()).contains("\"authorization\":\"Bearer " + token + "\"")
			.contains("\"x-request-id\":\"" + requestId + "\"");
	}

	@Test
	void observesARequestWithoutObservationsOfSpringSecuritysOwnSteps() {
		String token = tokenForNewUser();
		RecordedObservations.names.clear();

		this.client.get()
			.uri("/api/users/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(RecordedObservations.names).contains("http.server.requests")
			.noneMatch((name) -> name.startsWith("spring.security"));
	}

	@Test
	void keepsAWellFormedClientRequestIdEndToEnd() {
		EntityExchangeResult<String> result = this.client.get()
			.uri("/api/users/me")
			.headers((headers) -> headers.setBearerAuth(tokenForNewUser()))
			.header(RequestIds.HEADER, "client-trace-42")
			.exchange()
			.expectHeader()
			.valueEquals(RequestIds.HEADER, "client-trace-42")
			.expectBody(String.class)
			.returnResult();

		assertThat(result.getResponseBody()).contains("\"x-request-id\":\"client-trace-42\"");
	}

	@Test
	void removesIdentityHeadersAClientSent() {
		EntityExchangeResult<String> result = this.client.get()
			.uri("/api/users/me")
			.headers((headers) -> headers.setBearerAuth(tokenForNewUser()))
			.header("X-User-Id", "the-admins-id")
			.header("X-User-Roles", "ADMIN")
			.header("Remote-User", "admin")
			.header("X-User-Whatever", "x")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();

		assertThat(result.getResponseBody()).doesNotContain("x-user-")
			.doesNotContain("remote-user")
			.doesNotContain("the-admins-id");
	}

	@Test
	void refusesARequestWithoutTokenWithAProblem() {
		expectProblem(this.client.get().uri("/api/users/me").exchange(), HttpStatus.UNAUTHORIZED).expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
	}

	@Test
	void refusesATokenSignedByAnotherKeyWithTheSameKeyId() {
		String forged = TestTokens.token()
			.subject(UUID.randomUUID().toString())
			.signedWith(TestJwks.generate(userService.key.getKeyID()));

		expectProblem(this.client.get().uri("/api/users/me").headers((h) -> h.setBearerAuth(forged)).exchange(),
				HttpStatus.UNAUTHORIZED)
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, ".*invalid_token.*");
	}

	@Test
	void refusesAnExpiredTokenAndOneForAnotherAudience() {
		String expired = TestTokens.token()
			.subject(UUID.randomUUID().toString())
			.expiresAt(Instant.now().minusSeconds(600))
			.signedWith(userService.key);
		String otherAudience = TestTokens.token()
			.subject(UUID.randomUUID().toString())
			.audience("another-api")
			.signedWith(userService.key);

		for (String token : List.of(expired, otherAudience)) {
			expectProblem(this.client.get().uri("/api/users/me").headers((h) -> h.setBearerAuth(token)).exchange(),
					HttpStatus.UNAUTHORIZED);
		}
	}

	@Test
	void servesPublicEndpointsWithoutToken() {
		this.client.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk();
		this.client.post()
			.uri("/api/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"email\":\"a@example.com\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	@Test
	void servesOneSwaggerUiOverTheServicesApiDocsWithoutToken() {
		this.client.get()
			.uri("/v3/api-docs/user-service")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.info.title")
			.isEqualTo("upstream");
		this.client.get()
			.uri("/v3/api-docs/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.urls[?(@.name == 'user-service')].url")
			.isEqualTo("/v3/api-docs/user-service");
		this.client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
		this.client.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

	@Test
	void refusesAnOversizedBodyWithAProblem() {
		String body = "{\"name\":\"" + "x".repeat(4096) + "\"}";

		WebTestClient.ResponseSpec response = this.client.post()
			.uri("/api/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();

		response.expectHeader().doesNotExist("errorMessage");
		expectProblem(response, HttpStatus.CONTENT_TOO_LARGE, "$.type", "urn:orderflow:problem:payload-too-large");
	}

	@Test
	void answersARequestTargetThatIsNoUriWithAProblem() {
		// a raw < cannot be sent by an HTTP client, which would encode it
		String response = RawHttp.exchange(this.port, "GET /api/products/<script> HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 400")
			.containsIgnoringCase("content-type: application/problem+json")
			.contains("\"type\":\"urn:orderflow:problem:malformed-request\"")
			.contains("\"status\":400");
	}

	@Test
	void answersAnUnknownPathWithAProblem() {
		expectProblem(this.client.get()
			.uri("/api/nothing-here")
			.headers((h) -> h.setBearerAuth(tokenForNewUser()))
			.exchange(), HttpStatus.NOT_FOUND);
	}

	@Test
	void exposesNoActuatorEndpointBeyondHealthInfoAndMetrics() {
		String token = tokenForNewUser();
		for (String path : List.of("/actuator/env", "/actuator/gateway/routes", "/actuator/beans")) {
			expectProblem(this.client.get().uri(path).headers((h) -> h.setBearerAuth(token)).exchange(),
					HttpStatus.NOT_FOUND);
		}
		expectProblem(this.client.get().uri("/actuator/prometheus").exchange(), HttpStatus.UNAUTHORIZED);
		this.client.get()
			.uri("/actuator/prometheus")
			.headers((h) -> h.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void appliesTheResilienceSettingsOfApplicationYmlToEveryRoute() {
		String token = tokenForNewUser();
		this.client.get().uri("/api/users/me").headers((h) -> h.setBearerAuth(token)).exchange();

		String metrics = this.client.get()
			.uri("/actuator/prometheus")
			.headers((h) -> h.setBearerAuth(token))
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		// 25 concurrent calls (the library default) would turn a busy minute into 503s
		assertThat(metrics).containsPattern(
				"resilience4j_bulkhead_max_allowed_concurrent_calls\\{[^}]*name=\"user-service\"[^}]*} 200\\.0");
		assertThat(metrics)
			.containsPattern("resilience4j_circuitbreaker_buffered_calls\\{[^}]*name=\"user-service\"[^}]*}");
	}

	@Test
	void recordsMetricsOfEveryRoutedCallPerRoute() {
		String token = tokenForNewUser();
		this.client.get().uri("/api/users/me").headers((h) -> h.setBearerAuth(token)).exchange();

		String metrics = this.client.get()
			.uri("/actuator/prometheus")
			.headers((h) -> h.setBearerAuth(token))
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(metrics).containsPattern(
				"gateway_http_client_requests_seconds_count\\{[^}]*spring_cloud_gateway_route_id=\"user-service\"");
		assertThat(metrics)
			.containsPattern("spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"user-service\"");
	}

	@Test
	void answersASlowServiceWithGatewayTimeout() {
		expectProblem(
				this.client.get().uri("/api/users/slow").headers((h) -> h.setBearerAuth(tokenForNewUser())).exchange(),
				HttpStatus.GATEWAY_TIMEOUT, "$.instance", "/api/users/slow");
	}

	@Test
	void answersAServiceThatIsDownWithServiceUnavailableAndRetryAfter() {
		String token = tokenForNewUser();

		expectProblem(this.client.get().uri("/api/orders/1").headers((h) -> h.setBearerAuth(token)).exchange(),
				HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER);
		expectProblem(this.client.post()
			.uri("/api/orders")
			.headers((h) -> h.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"items\":[]}")
			.exchange(), HttpStatus.SERVICE_UNAVAILABLE);
	}

	@Test
	void retriesAnIdempotentRequestButNeverAWrite() {
		String token = tokenForNewUser();

		this.client.get()
			.uri("/api/users/flaky")
			.headers((h) -> h.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk();
		this.client.post()
			.uri("/api/users/flaky")
			.headers((h) -> h.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody()
			.json("{\"from\":\"upstream\"}");

		assertThat(userService.flakyGets).hasValue(2);
		assertThat(userService.flakyPosts).hasValue(1);
	}

	@Test
	void passesAServerErrorThroughWithoutRetrying() {
		this.client.get()
			.uri("/api/users/broken")
			.headers((h) -> h.setBearerAuth(tokenForNewUser()))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
			.expectBody()
			.json("{\"from\":\"upstream\"}");

		// a 500 is a bug, not a blip: repeating the call would only repeat the bug
		assertThat(userService.brokenGets).hasValue(1);
	}

	@Test
	void limitsABurstOfOneUserWithTooManyRequestsAndRetryAfter() {
		String token = tokenForNewUser();
		EntityExchangeResult<String> denied = null;
		// the test profile allows a burst of 20 and 10 per second
		for (int i = 0; i < 100 && denied == null; i++) {
			EntityExchangeResult<String> result = this.client.get()
				.uri("/api/users/me")
				.headers((h) -> h.setBearerAuth(token))
				.exchange()
				.expectBody(String.class)
				.returnResult();
			if (result.getStatus().value() == 429) {
				denied = result;
			}
		}

		assertThat(denied).as("a 429 within 100 requests").isNotNull();
		assertThat(denied.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(denied.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(denied.getResponseBody()).contains("\"status\":429")
			.contains("urn:orderflow:problem:too-many-requests");
		// another user is not affected
		this.client.get()
			.uri("/api/users/me")
			.headers((h) -> h.setBearerAuth(tokenForNewUser()))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void answersACorsPreflightFromAnAllowedOriginWithoutToken() {
		this.client.options()
			.uri("/api/orders")
			.header(HttpHeaders.ORIGIN, "https://shop.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization, Content-Type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://shop.example");
	}

	@Test
	void exposesRequestIdAndRetryAfterToAllowedOrigins() {
		this.client.get()
			.uri("/api/users/me")
			.headers((h) -> h.setBearerAuth(tokenForNewUser()))
			.header(HttpHeaders.ORIGIN, "https://shop.example")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://shop.example")
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
					(exposed) -> assertThat(exposed).contains("X-Request-Id", "Retry-After", "Location"));
	}

	@Test
	void refusesACrossOriginRequestFromAnUnknownOriginWithAProblem() {
		expectProblem(this.client.options()
			.uri("/api/orders")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange(), HttpStatus.FORBIDDEN);
	}

	@Test
	void treatsTheFallbackPathAsUnknownWhenCalledDirectly() {
		expectProblem(this.client.get()
			.uri("/fallback/user-service")
			.headers((h) -> h.setBearerAuth(tokenForNewUser()))
			.exchange(), HttpStatus.NOT_FOUND);
	}

	private static WebTestClient.ResponseSpec expectProblem(WebTestClient.ResponseSpec response, HttpStatus status) {
		return expectProblem(response, status, "$.title", status.getReasonPhrase());
	}

	/** Checks the problem, and one more field of it (the body can be read only once). */
	private static WebTestClient.ResponseSpec expectProblem(WebTestClient.ResponseSpec response, HttpStatus status,
			String path, Object value) {
		response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists(RequestIds.HEADER)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status.value())
			.jsonPath("$.traceId")
			.isNotEmpty()
			.jsonPath(path)
			.isEqualTo(value);
		return response;
	}

	private static String tokenForNewUser() {
		return TestTokens.token().subject(UUID.randomUUID().toString()).signedWith(userService.key);
	}

	/** The name of every observation the gateway starts. */
	@TestConfiguration
	static class RecordedObservations {

		static final List<String> names = new CopyOnWriteArrayList<>();

		@Bean
		ObservationHandler<Observation.Context> recordingNames() {
			return new ObservationHandler<>() {

				@Override
				public void onStart(Observation.Context context) {
					names.add(context.getName());
				}

				@Override
				public boolean supportsContext(Observation.Context context) {
					return true;
				}

			};
		}

	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
