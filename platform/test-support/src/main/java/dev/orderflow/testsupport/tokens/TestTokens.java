package dev.orderflow.testsupport.tokens;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signs access tokens in tests, shaped like user-service's. */
public final class TestTokens {

	public static final String CUSTOMER_ID = "00000000-0000-4000-8000-000000000001";

	public static final String ADMIN_ID = "00000000-0000-4000-8000-0000000000ad";

	private TestTokens() {
	}

	public static String admin() {
		return token().subject(ADMIN_ID).roles("ADMIN").signedWith(TestJwks.signingKey());
	}

	public static String customer() {
		return token().signedWith(TestJwks.signingKey());
	}

	public static Builder token() {
		return new Builder();
	}

	public static final class Builder {

		private String subject = CUSTOMER_ID;

		private String issuer = "orderflow";

		private String audience = "orderflow-api";

		private Instant expiresAt = Instant.now().plusSeconds(300);

		private List<String> roles = List.of("CUSTOMER");

		public Builder subject(String subject) {
			this.subject = subject;
			return this;
		}

		public Builder issuer(String issuer) {
			this.issuer = issuer;
			return this;
		}

		public Builder audience(String audience) {
			this.audience = audience;
			return this;
		}

		public Builder expiresAt(Instant expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		public Builder roles(String... roles) {
			this.roles = List.of(roles);
			return this;
		}

		public String signedWith(RSAKey key) {
			try {
				JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(this.subject)
					.issuer(this.issuer)
					.audience(this.audience)
					.issueTime(Date.from(this.expiresAt.minusSeconds(900)))
					.notBeforeTime(Date.from(this.expiresAt.minusSeconds(900)))
					.expirationTime(Date.from(this.expiresAt))
					.claim("roles", this.roles)
					.build();
				SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
					.type(JOSEObjectType.JWT)
					.build(), claims);
				jwt.sign(new RSASSASigner(key));
				return jwt.serialize();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
