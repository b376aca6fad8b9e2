package dev.orderflow.user.auth;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.orderflow.testsupport.tokens.TestTokens;
import dev.orderflow.user.TestKeys;
import dev.orderflow.user.UserServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenIT extends UserServiceIntegrationTest {

	@Test
	void showsTheCallerTheirOwnAccount() {
		String token = accessToken("me@example.com");

		me(token).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo("me@example.com")
			.jsonPath("$.roles[0]")
			.isEqualTo("CUSTOMER")
			.jsonPath("$.status")
			.isEqualTo("ACTIVE")
			.jsonPath("$.credit.available.amount")
			.isEqualTo("1000.00");
	}

	@Test
	void issuesTokensWithTheClaimsTheGatewayChecks() {
		String token = accessToken("claims@example.com");

		String[] parts = token.split("\\.");
		String header = new String(Base64.getUrlDecoder().decode(parts[0]));
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
		assertThat(header).contains("\"alg\":\"RS256\"").contains("\"kid\":\"test-key\"");
		assertThat(payload).contains("\"iss\":\"orderflow\"")
			.contains("\"aud\":\"orderflow-api\"")
			.contains("\"roles\":[\"CUSTOMER\"]")
			.contains("\"sub\":\"");
	}

	@Test
	void refusesAMissingToken() {
		this.http.get()
			.uri("/api/users/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("WWW-Authenticate", "Bearer")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:unauthorized");
	}

	@Test
	void refusesAnExpiredToken() {
		String expired = TestTokens.token().expiresAt(Instant.now().minusSeconds(120)).signedWith(TestKeys.testKey());

		me(expired).expectStatus().isUnauthorized().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesATamperedToken() {
		String token = accessToken("tamper@example.com");
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("CUSTOMER", "ADMIN");
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
				+ "." + parts[2];

		me(tampered).expectStatus().isUnauthorized();
		this.http.get()
			.uri("/api/users")
			.headers((headers) -> headers.setBearerAuth(tampered))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void refusesATokenSignedByAnotherKeyWithTheSameKid() {
		me(TestTokens.token().signedWith(TestKeys.strangerKey())).expectStatus().isUnauthorized();
	}

	@Test
	void refusesAnotherIssuerOrAudience() {
		me(TestTokens.token().issuer("someone-else").signedWith(TestKeys.testKey())).expectStatus().isUnauthorized();
		me(TestTokens.token().audience("another-api").signedWith(TestKeys.testKey())).expectStatus().isUnauthorized();
	}

	@Test
	void acceptsTokensOfAPreviousKeyThatIsStillPublished() {
		Map<String, Object> login = registerAndLogin("rotation@example.com");
		String subject = (String) this.http.get()
			.uri("/api/users/me")
			.headers((headers) -> headers.setBearerAuth((String) login.get("accessToken")))
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");

		me(TestTokens.token().subject(subject).signedWith(TestKeys.previousKey())).expectStatus().isOk();
	}

	@Test
	void publishesEveryConfiguredPublicKey() {
		this.http.get()
			.uri("/.well-known/jwks.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.keys.length()")
			.isEqualTo(2)
			.jsonPath("$.keys[0].kid")
			.isEqualTo("test-key")
			.jsonPath("$.keys[0].kty")
			.isEqualTo("RSA")
			.jsonPath("$.keys[0].d")
			.doesNotExist()
			.jsonPath("$.keys[1].kid")
			.isEqualTo("previous-key");
	}

	@Test
	void answersAnUnknownPathWithAProblem() {
		String token = accessToken("lost@example.com");

		this.http.get()
			.uri("/api/nothing-here")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:not-found")
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.instance")
			.isEqualTo("/api/nothing-here");
	}

	private WebTestClient.ResponseSpec me(String token) {
		return this.http.get().uri("/api/users/me").headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

}
