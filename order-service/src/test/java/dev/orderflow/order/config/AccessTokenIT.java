package dev.orderflow.order.config;

import java.time.Instant;
import java.util.Map;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.orderflow.order.OrderServiceIntegrationTest;
import dev.orderflow.testsupport.tokens.TestJwks;
import dev.orderflow.testsupport.tokens.TestTokens;

/**
 * Zero trust: order-service checks every token against user-service's published keys
 * itself, whatever a gateway did before.
 */
class AccessTokenIT extends OrderServiceIntegrationTest {

	@Test
	void acceptsAnAdminTokenSignedWithAPublishedKey() {
		addProduct(TestTokens.admin(), "TOKEN-OK-1").expectStatus().isCreated();
	}

	@Test
	void refusesAnExpiredToken() {
		refused(TestTokens.token()
			.roles("ADMIN")
			.expiresAt(Instant.now().minusSeconds(120))
			.signedWith(TestJwks.signingKey()));
	}

	@Test
	void refusesATokenOfAnotherIssuer() {
		refused(TestTokens.token().roles("ADMIN").issuer("someone-else").signedWith(TestJwks.signingKey()));
	}

	@Test
	void refusesATokenForAnotherAudience() {
		refused(TestTokens.token().roles("ADMIN").audience("another-api").signedWith(TestJwks.signingKey()));
	}

	@Test
	void refusesATokenWithoutSubject() {
		refused(TestTokens.token().roles("ADMIN").subject(" ").signedWith(TestJwks.signingKey()));
	}

	@Test
	void refusesATokenSignedByAStrangerUnderAPublishedKeyId() {
		refused(TestTokens.token().roles("ADMIN").signedWith(TestJwks.generate("test-key")));
	}

	@Test
	void refusesATokenSignedWithAnUnpublishedKey() {
		refused(TestTokens.token().roles("ADMIN").signedWith(TestJwks.generate("unpublished-key")));
	}

	@Test
	void fetchesTheKeysAgainForAKeyIdItHasNotSeen() throws Exception {
		addProduct(TestTokens.admin(), "ROTATE-0").expectStatus().isCreated();
		RSAKey next = TestJwks.generate("next-key");

		try (AutoCloseable published = TestJwks.publish(next)) {
			addProduct(TestTokens.token().subject(TestTokens.ADMIN_ID).roles("ADMIN").signedWith(next), "ROTATE-1")
				.expectStatus()
				.isCreated();
		}
	}

	@Test
	void answersServiceUnavailableWhenTheKeysCannotBeFetched() throws Exception {
		String unknownKeyToken = TestTokens.token().roles("ADMIN").signedWith(TestJwks.generate("rotated-key"));

		try (AutoCloseable down = TestJwks.fail()) {
			addProduct(unknownKeyToken, "DOWN-1").expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.exists(HttpHeaders.RETRY_AFTER)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:orderflow:problem:service-unavailable");
		}
	}

	private void refused(String token) {
		addProduct(token, "REFUSED-1").expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:unauthorized");
	}

	private WebTestClient.ResponseSpec addProduct(String token, String sku) {
		return createProduct(token,
				Map.of("sku", sku, "name", "Token Lamp", "price", Map.of("amount", "10.00", "currency", "EUR")));
	}

}
