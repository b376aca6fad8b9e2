package dev.orderflow.user.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of user-service under {@code identity.*} that are not a feature's own (those
 * are {@code identity.tokens.*}, {@code identity.credit.*} and {@code identity.admin.*},
 * bound by the auth, credit and account features).
 *
 * @param passwords password hashing
 */
@ConfigurationProperties("identity")
record IdentityProperties(@DefaultValue Passwords passwords) {

	/**
	 * Password hashing.
	 *
	 * @param bcryptStrength BCrypt's log2 cost; 10 in production, lower in tests
	 */
	record Passwords(@DefaultValue("10") int bcryptStrength) {

	}

}
