package dev.orderflow.user.auth;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.orderflow.user.UserServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationIT extends UserServiceIntegrationTest {

	@Test
	void logsInWithTheRightPassword() {
		Map<String, Object> tokens = registerAndLogin("login@example.com");

		assertThat(tokens).containsEntry("tokenType", "Bearer").containsEntry("expiresIn", 900);
		assertThat((String) tokens.get("accessToken")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
		assertThat((String) tokens.get("refreshToken")).hasSizeGreaterThanOrEqualTo(43);
	}

	@Test
	void refusesAWrongPasswordAndAnUnknownEmailAlike() {
		register("wrong@example.com", PASSWORD, "Wrong").expectStatus().isCreated();

		postLogin("wrong@example.com", "not the right password").expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:invalid-credentials");
		postLogin("nobody@example.com", PASSWORD).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The email or password is wrong.");
	}

	@Test
	void rotatesRefreshTokens() {
		Map<String, Object> first = registerAndLogin("rotate@example.com");

		Map<String, Object> second = refresh(first.get("refreshToken")).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		assertThat(second.get("refreshToken")).isNotEqualTo(first.get("refreshToken"));
		assertThat(second.get("accessToken")).isNotNull();
		refresh(second.get("refreshToken")).expectStatus().isOk();
	}

	@Test
	void revokesTheWholeFamilyWhenARotatedTokenIsReused() {
		Map<String, Object> first = registerAndLogin("reuse@example.com");
		Map<String, Object> second = refresh(first.get("refreshToken")).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		refresh(first.get("refreshToken")).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:invalid-refresh-token");
		// The thief's or the owner's copy: after reuse, neither works.
		refresh(second.get("refreshToken")).expectStatus().isUnauthorized();
	}

	@Test
	void leavesOtherLoginsAloneWhenOneFamilyIsRevoked() {
		Map<String, Object> phone = registerAndLogin("two-devices@example.com");
		Map<String, Object> laptop = login("two-devices@example.com", PASSWORD);
		refresh(phone.get("refreshToken")).expectStatus().isOk();

		refresh(phone.get("refreshToken")).expectStatus().isUnauthorized();

		refresh(laptop.get("refreshToken")).expectStatus().isOk();
	}

	@Test
	void refusesAnUnknownRefreshToken() {
		refresh("not-a-token-we-issued").expectStatus().isUnauthorized();
	}

	@Test
	void logoutRevokesTheRefreshToken() {
		Map<String, Object> tokens = registerAndLogin("logout@example.com");

		this.http.post()
			.uri("/api/auth/logout")
			.headers((headers) -> headers.setBearerAuth((String) tokens.get("accessToken")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("refreshToken", tokens.get("refreshToken")))
			.exchange()
			.expectStatus()
			.isNoContent();

		refresh(tokens.get("refreshToken")).expectStatus().isUnauthorized();
	}

	@Test
	void logoutNeedsAnAccessToken() {
		Map<String, Object> tokens = registerAndLogin("anonymous-logout@example.com");

		this.http.post()
			.uri("/api/auth/logout")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("refreshToken", tokens.get("refreshToken")))
			.exchange()
			.expectStatus()
			.isUnauthorized();

		refresh(tokens.get("refreshToken")).expectStatus().isOk();
	}

	@Test
	void logoutCannotRevokeSomeoneElsesToken() {
		Map<String, Object> victim = registerAndLogin("victim@example.com");
		Map<String, Object> attacker = registerAndLogin("attacker@example.com");

		this.http.post()
			.uri("/api/auth/logout")
			.headers((headers) -> headers.setBearerAuth((String) attacker.get("accessToken")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("refreshToken", victim.get("refreshToken")))
			.exchange()
			.expectStatus()
			.isNoContent();

		refresh(victim.get("refreshToken")).expectStatus().isOk();
	}

	private WebTestClient.ResponseSpec postLogin(String email, String password) {
		return this.http.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("email", email, "password", password))
			.exchange();
	}

	private WebTestClient.ResponseSpec refresh(Object refreshToken) {
		return this.http.post()
			.uri("/api/auth/refresh")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("refreshToken", refreshToken))
			.exchange();
	}

}
