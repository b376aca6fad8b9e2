package dev.orderflow.order;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.orderflow.testsupport.WithPostgres;

/**
 * order-service on a real port against a fresh real PostgreSQL database per test class.
 * There is no Eureka and no user-service: the service fetches its keys from
 * {@link TestJwks}, and tests sign tokens with {@link TestTokens}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithPostgres
public abstract class OrderServiceIntegrationTest {

	/** The seeded "Wireless Mouse", 24.99. */
	public static final String MOUSE_ID = "5f1c3a2e-8b4d-4c6e-9a1f-000000000002";

	public static final int SEEDED_PRODUCTS = 5;

	@LocalServerPort
	int port;

	protected WebTestClient http;

	@DynamicPropertySource
	static void userServiceKeys(DynamicPropertyRegistry registry) {
		registry.add("orderflow.security.jwk-set-uri", TestJwks::uri);
	}

	@BeforeEach
	void client() {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
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

	protected static Map<String, Object> newProduct(String sku, String name, String amount) {
		return Map.of("sku", sku, "name", name, "price", Map.of("amount", amount, "currency", "EUR"));
	}

}
