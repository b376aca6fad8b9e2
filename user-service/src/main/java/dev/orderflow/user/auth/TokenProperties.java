package dev.orderflow.user.auth;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Token settings ({@code identity.tokens.*}). The keys come from the environment or
 * mounted files, never from a committed profile other than {@code local} and
 * {@code test}.
 *
 * @param issuer the {@code iss} claim
 * @param audience the {@code aud} claim
 * @param accessTokenTtl lifetime of access tokens
 * @param refreshTokenTtl lifetime of refresh tokens
 * @param activeKeyId the key that signs; the first configured one when blank
 * @param signingKeys every key published in the JWKS
 * @param generateKeyIfMissing whether to generate a throw-away key when none is
 * configured (local runs and tests only)
 */
@ConfigurationProperties("identity.tokens")
record TokenProperties(@DefaultValue("orderflow") String issuer, @DefaultValue("orderflow-api") String audience,
		@DefaultValue("15m") Duration accessTokenTtl, @DefaultValue("14d") Duration refreshTokenTtl, String activeKeyId,
		List<SigningKey> signingKeys, @DefaultValue("false") boolean generateKeyIfMissing) {

	/**
	 * One RSA signing key: the PKCS#8 PEM inline (from an environment variable) or a
	 * file.
	 *
	 * @param id the {@code kid}
	 * @param privateKey the PEM text
	 * @param privateKeyLocation where the PEM is, e.g. {@code file:/run/secrets/jwt.pem}
	 */
	record SigningKey(String id, String privateKey, Resource privateKeyLocation) {

	}

}
