package dev.orderflow.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import dev.orderflow.testsupport.tokens.TestTokens;
import dev.orderflow.testsupport.tokens.TestJwks;
import dev.orderflow.testsupport.WithKafka;
import dev.orderflow.testsupport.WithPostgres;
import dev.orderflow.testsupport.FreshConnections;

/**
 * order-service on a real port against a fresh real PostgreSQL database per test class
 * and the real Kafka broker of the test JVM. There is no Eureka and no user-service: the
 * service fetches its keys from {@link TestJwks}, tests sign tokens with
 * {@link TestTokens}, and saga tests play user-service on the broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithPostgres
@WithKafka
// Each class has a database of its own, so a cached context is never reused; closing it
// stops its Kafka listeners, which would otherwise consume the next class's events.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class OrderServiceIntegrationTest {

	/** The seeded "Mechanical Keyboard, 87 keys", 89.90. */
	public static final String KEYBOARD_ID = "5f1c3a2e-8b4d-4c6e-9a1f-000000000001";

	/** The seeded "Wireless Mouse", 24.99. */
	public static final String MOUSE_ID = "5f1c3a2e-8b4d-4c6e-9a1f-000000000002";

	/** The seeded "27\" QHD Monitor", 279.00. */
	public static final String MONITOR_ID = "5f1c3a2e-8b4d-4c6e-9a1f-000000000003";

	public static final int SEEDED_PRODUCTS = 5;

	@LocalServerPort
	protected int port;

	protected WebTestClient http;

	@DynamicPropertySource
	static void userServiceKeys(DynamicPropertyRegistry registry) {
		registry.add("orderflow.security.jwk-set-uri", TestJwks::uri);
	}

	@BeforeEach
	void client() {
		this.http = WebTestClient.bindToServer(new ReactorClientHttpConnector(FreshConnections.httpClient()))
			.baseUrl("http://localhost:" + this.port)
			.build();
	}

	protected WebTestClient.ResponseSpec createProduct(String token, Object body) {
		return this.http.post()
			.uri("/api/products")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	protected WebTestClient.ResponseSpec changeProduct(String token, String id, Object body) {
		return this.http.patch()
			.uri("/api/products/" + id)
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	protected WebTestClient.ResponseSpec placeOrder(String token, Object body) {
		return placeOrder(token, body, null);
	}

	protected WebTestClient.ResponseSpec placeOrder(String token, Object body, String idempotencyKey) {
		return this.http.post().uri("/api/orders").headers((headers) -> {
			headers.setBearerAuth(token);
			if (idempotencyKey != null) {
				headers.set("Idempotency-Key", idempotencyKey);
			}
		}).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	/**
	 * Places an order and returns its id.
	 * @param token whose order
	 * @param items product id, quantity, product id, quantity...
	 * @return the new order's id
	 */
	protected UUID placedOrder(String token, Object... items) {
		return UUID.fromString((String) placeOrder(token, order(items)).expectStatus()
			.isAccepted()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id"));
	}

	protected WebTestClient.ResponseSpec getOrder(String token, Object id) {
		return this.http.get().uri("/api/orders/" + id).headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

	protected WebTestClient.ResponseSpec cancelOrder(String token, Object id) {
		return this.http.post()
			.uri("/api/orders/" + id + "/cancel")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange();
	}

	@SuppressWarnings("unchecked")
	protected Map<String, Object> orderOf(String token, Object id) {
		return getOrder(token, id).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
	}

	protected String statusOf(String token, Object id) {
		return (String) orderOf(token, id).get("status");
	}

	/**
	 * An order request body.
	 * @param items product id, quantity, product id, quantity...
	 * @return {@code {"items": [{"productId": ..., "quantity": ...}, ...]}}
	 */
	protected static Map<String, Object> order(Object... items) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (int index = 0; index < items.length; index += 2) {
			list.add(Map.of("productId", String.valueOf(items[index]), "quantity", items[index + 1]));
		}
		return Map.of("items", list);
	}

	/**
	 * A token of a customer of its own, so that tests do not see each other's orders.
	 * @param customerId the subject
	 * @return a signed access token
	 */
	protected static String customer(UUID customerId) {
		return TestTokens.token().subject(customerId.toString()).signedWith(TestJwks.signingKey());
	}

	protected static Map<String, Object> newProduct(String sku, String name, String amount) {
		return Map.of("sku", sku, "name", name, "price", Map.of("amount", amount, "currency", "EUR"));
	}

}
