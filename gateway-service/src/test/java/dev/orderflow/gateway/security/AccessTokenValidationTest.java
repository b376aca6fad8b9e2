package dev.orderflow.gateway.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenValidationTest {

	private final OAuth2TokenValidator<Jwt> validator = AccessTokenValidation.validator("orderflow", "orderflow-api",
			Duration.ofSeconds(30));

	@Test
	void acceptsATokenOfOurIssuerForOurAudience() {
		assertThat(valid((token) -> token)).isTrue();
	}

	@Test
	void rejectsAnExpiredToken() {
		assertThat(valid(
				(token) -> token.issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(60))))
			.isFalse();
	}

	@Test
	void toleratesClockSkewWithinTheConfiguredBound() {
		assertThat(valid(
				(token) -> token.issuedAt(Instant.now().minusSeconds(900)).expiresAt(Instant.now().minusSeconds(10))))
			.isTrue();
	}

	@Test
	void rejectsATokenWithoutExpiry() {
		assertThat(valid((token) -> token.claims((claims) -> claims.remove("exp")))).isFalse();
	}

	@Test
	void rejectsAnotherIssuer() {
		assertThat(valid((token) -> token.issuer("someone-else"))).isFalse();
	}

	@Test
	void rejectsAnotherAudience() {
		assertThat(valid((token) -> token.audience(List.of("another-api")))).isFalse();
	}

	@Test
	void rejectsATokenWithoutSubject() {
		assertThat(valid((token) -> token.claims((claims) -> claims.remove("sub")))).isFalse();
	}

	private boolean valid(UnaryOperator<Jwt.Builder> change) {
		Jwt.Builder token = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.header("kid", "k1")
			.subject("7d1c7c4e-0000-4000-8000-000000000001")
			.issuer("orderflow")
			.audience(List.of("orderflow-api"))
			.claim("roles", List.of("CUSTOMER"))
			.issuedAt(Instant.now().minusSeconds(5))
			.expiresAt(Instant.now().plusSeconds(900));
		return !this.validator.validate(change.apply(token).build()).hasErrors();
	}

}
