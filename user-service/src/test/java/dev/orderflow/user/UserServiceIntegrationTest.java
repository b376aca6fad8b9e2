package dev.orderflow.user;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import dev.orderflow.testsupport.WithKafka;
import dev.orderflow.testsupport.WithPostgres;
import dev.orderflow.testsupport.FreshConnections;

/**
 * user-service on a real port against a fresh real PostgreSQL database per test class,
 * with a fixed signing key (and a previous one still published) so tests can sign tokens
 * too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "identity.tokens.signing-keys[0].id=test-key",
				"identity.tokens.signing-keys[0].private-key-location=classpath:keys/test-signing-key.pem",
				"identity.tokens.signing-keys[1].id=previous-key",
				"identity.tokens.signing-keys[1].private-key-location=classpath:keys/test-previous-key.pem",
				"identity.tokens.active-key-id=test-key",
				"identity.admin.email=" + UserServiceIntegrationTest.ADMIN_EMAIL,
				"identity.admin.password=" + UserServiceIntegrationTest.ADMIN_PASSWORD })
@ActiveProfiles("test")
@WithPostgres
@WithKafka
// Each class has a database of its own, so a cached context is never reused; closing it
// stops
// its Kafka listeners, which would otherwise consume the next class's events.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class UserServiceIntegrationTest {

	public static final String ADMIN_EMAIL = "admin@test.local";

	public static final String ADMIN_PASSWORD = "admin-password-for-tests";

	public static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	protected WebTestClient http;

	@BeforeEach
	void client() {
		this.http = WebTestClient.bindToServer(new ReactorClientHttpConnector(FreshConnections.httpClient()))
			.baseUrl("http://localhost:" + this.port)
			.build();
	}

	protected WebTestClient.ResponseSpec register(String email, String password, String name) {
		return this.http.post()
			.uri("/api/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("email", email, "password", password, "name", name))
			.exchange();
	}

	/**
	 * Registers a customer and logs in.
	 * @param email the new customer's email
	 * @return the login response: accessToken, refreshToken...
	 */
	protected Map<String, Object> registerAndLogin(String email) {
		register(email, PASSWORD, "Test Customer").expectStatus().isCreated();
		return login(email, PASSWORD);
	}

	@SuppressWarnings("unchecked")
	protected Map<String, Object> login(String email, String password) {
		return this.http.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("email", email, "password", password))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	protected String accessToken(String email) {
		return (String) registerAndLogin(email).get("accessToken");
	}

	protected String adminToken() {
		return (String) login(ADMIN_EMAIL, ADMIN_PASSWORD).get("accessToken");
	}

}
