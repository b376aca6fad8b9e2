package dev.orderflow.platform.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import dev.orderflow.testsupport.tokens.TestJwks;
import dev.orderflow.testsupport.tokens.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Against a real decoder that checks real RS256 signatures and the platform's rules. */
class RememberedTokensTest {

	private final AtomicInteger checks = new AtomicInteger();

	private Instant now = Instant.now();

	private final Clock clock = new Clock() {

		@Override
		public Instant instant() {
			return RememberedTokensTest.this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	};

	private final RememberedTokens tokens = new RememberedTokens(counting(checkingDecoder()), this.clock);

	@Test
	void checksAValidTokenOnceAndThenAnswersFromMemory() {
		String token = TestTokens.token().expiresAt(this.now.plusSeconds(900)).signedWith(TestJwks.signingKey());

		assertThat(this.tokens.decode(token).block().getSubject()).isEqualTo(TestTokens.CUSTOMER_ID);
		assertThat(this.tokens.decode(token).block().getSubject()).isEqualTo(TestTokens.CUSTOMER_ID);
		assertThat(this.tokens.decode(token).block().getSubject()).isEqualTo(TestTokens.CUSTOMER_ID);

		assertThat(this.checks).hasValue(1);
	}

	@Test
	void refusesARememberedTokenOnceItHasExpired() {
		String token = TestTokens.token().expiresAt(this.now.plusSeconds(60)).signedWith(TestJwks.signingKey());
		this.tokens.decode(token).block();

		// past its expiry and the decoder's 30 s of clock skew: checked again, and
		// refused
		this.now = this.now.plusSeconds(91);
		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.tokens.decode(token).block());
		assertThat(this.checks).hasValue(2);
	}

	@Test
	void neverRemembersATokenThatFailed() {
		String forged = TestTokens.token()
			.expiresAt(this.now.plusSeconds(900))
			.signedWith(TestJwks.generate(TestJwks.signingKey().getKeyID()));

		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.tokens.decode(forged).block());
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.tokens.decode(forged).block());

		assertThat(this.checks).hasValue(2);
		assertThat(this.tokens.size()).isZero();
	}

	private ReactiveJwtDecoder checkingDecoder() {
		try {
			NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
				.withPublicKey(TestJwks.signingKey().toRSAPublicKey())
				.build();
			JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
			timestamps.setClock(this.clock);
			decoder.setJwtValidator(timestamps);
			decoder.setClaimSetConverter(AccessTokenRules.claims());
			return decoder;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ReactiveJwtDecoder counting(ReactiveJwtDecoder decoder) {
		return (token) -> {
			this.checks.incrementAndGet();
			return decoder.decode(token);
		};
	}

}
