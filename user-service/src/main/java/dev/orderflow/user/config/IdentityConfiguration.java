package dev.orderflow.user.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.util.StringUtils;

import dev.orderflow.user.account.FirstAdmin;
import dev.orderflow.user.account.UserManagement;
import dev.orderflow.user.account.Users;
import dev.orderflow.user.auth.TokenSettings;
import dev.orderflow.user.auth.keys.SigningKeys;
import dev.orderflow.user.credit.CreditPolicy;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(IdentityConfiguration.class);

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	TransactionalOperator transactionalOperator(ReactiveTransactionManager transactionManager) {
		return TransactionalOperator.create(transactionManager);
	}

	/**
	 * BCrypt behind a delegating encoder, so stored hashes say their algorithm and can be
	 * upgraded.
	 */
	@Bean
	PasswordEncoder passwordEncoder(IdentityProperties properties) {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(properties.passwords().bcryptStrength());
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
	}

	@Bean
	TokenSettings tokenSettings(IdentityProperties properties) {
		IdentityProperties.Tokens tokens = properties.tokens();
		return new TokenSettings(tokens.issuer(), tokens.audience(), tokens.accessTokenTtl(), tokens.refreshTokenTtl());
	}

	@Bean
	CreditPolicy creditPolicy(IdentityProperties properties) {
		return new CreditPolicy(properties.credit().currency(), properties.credit().defaultLimit());
	}

	@Bean
	SigningKeys signingKeys(IdentityProperties properties) {
		IdentityProperties.Tokens tokens = properties.tokens();
		List<IdentityProperties.SigningKey> configured = (tokens.signingKeys() != null) ? tokens.signingKeys()
				: List.of();
		if (configured.isEmpty()) {
			if (!tokens.generateKeyIfMissing()) {
				throw new IllegalStateException("No token signing key configured: set identity.tokens.signing-keys "
						+ "(see README, 'Secrets'), or identity.tokens.generate-key-if-missing=true for a local run");
			}
			log.warn("No signing key configured: generated a throw-away key; tokens die with this process");
			return SigningKeys.ephemeral();
		}
		Map<String, String> pemById = new LinkedHashMap<>();
		for (IdentityProperties.SigningKey key : configured) {
			pemById.put(key.id(), pem(key));
		}
		return SigningKeys.fromPem(pemById, tokens.activeKeyId());
	}

	@Bean
	FirstAdmin firstAdmin(UserManagement users, Users repository, IdentityProperties properties) {
		IdentityProperties.Admin admin = properties.admin();
		if (!StringUtils.hasText(admin.email())) {
			return new FirstAdmin(users, repository, null, null, null);
		}
		if (!StringUtils.hasText(admin.password()) || admin.password().length() < 12) {
			throw new IllegalStateException(
					"identity.admin.password must be set (at least 12 characters) " + "when identity.admin.email is");
		}
		return new FirstAdmin(users, repository, admin.email(), admin.password(), admin.name());
	}

	private static String pem(IdentityProperties.SigningKey key) {
		if (StringUtils.hasText(key.privateKey())) {
			return key.privateKey();
		}
		if (key.privateKeyLocation() == null) {
			throw new IllegalStateException(
					"Signing key '" + key.id() + "' has neither private-key nor " + "private-key-location");
		}
		try {
			return key.privateKeyLocation().getContentAsString(StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read signing key '" + key.id() + "'", ex);
		}
	}

}
