package dev.orderflow.gateway;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Access tokens shaped like user-service's, signed by a key of the test's choosing. */
final class TestTokens {

	private TestTokens() {
	}

	static RSAKey newKey(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A valid customer token: our issuer and audience, 15 minutes. */
	static String token(RSAKey key, String subject) {
		return token(key, subject, (claims) -> claims);
	}

	static String token(RSAKey key, String subject, UnaryOperator<JWTClaimsSet.Builder> change) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject)
			.issuer("orderflow")
			.audience(List.of("orderflow-api"))
			.claim("roles", List.of("CUSTOMER"))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(900)));
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					change.apply(claims).build());
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
