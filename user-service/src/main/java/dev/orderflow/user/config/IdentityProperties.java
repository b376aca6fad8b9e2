package dev.orderflow.user.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings of user-service, under {@code identity.*}. Secrets (keys, the first admin's
 * password) come from the environment or mounted files, never from a committed profile
 * other than {@code local} and {@code test}.
 *
 * @param tokens access and refresh tokens
 * @param credit the credit line of new users
 * @param admin the first administrator, created at start-up if missing
 * @param passwords password hashing
 */
@ConfigurationProperties("identity")
public record IdentityProperties(@DefaultValue Tokens tokens, @DefaultValue Credit credit, @DefaultValue Admin admin,
		@DefaultValue Passwords passwords) {

	/**
	 * Token settings.
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
	public record Tokens(@DefaultValue("orderflow") String issuer, @DefaultValue("orderflow-api") String audience,
			@DefaultValue("15m") Duration accessTokenTtl, @DefaultValue("14d") Duration refreshTokenTtl,
			String activeKeyId, List<SigningKey> signingKeys, @DefaultValue("false") boolean generateKeyIfMissing) {

	}

	/**
	 * One RSA signing key: the PKCS#8 PEM inline (from an environment variable) or a
	 * file.
	 *
	 * @param id the {@code kid}
	 * @param privateKey the PEM text
	 * @param privateKeyLocation where the PEM is, e.g. {@code file:/run/secrets/jwt.pem}
	 */
	public record SigningKey(String id, String privateKey, Resource privateKeyLocation) {

	}

	/**
	 * Credit defaults.
	 *
	 * @param currency the system currency
	 * @param defaultLimit the limit of a new user
	 */
	public record Credit(@DefaultValue("EUR") String currency, @DefaultValue("1000.00") BigDecimal defaultLimit) {

	}

	/**
	 * The first administrator.
	 *
	 * @param email the login; no admin is created when blank
	 * @param password the password; required with the email
	 * @param name the display name
	 */
	public record Admin(String email, String password, @DefaultValue("Administrator") String name) {

	}

	/**
	 * Password hashing.
	 *
	 * @param bcryptStrength BCrypt's log2 cost; 10 in production, lower in tests
	 */
	public record Passwords(@DefaultValue("10") int bcryptStrength) {

	}

}
