package dev.orderflow.user.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import dev.orderflow.user.auth.keys.SigningKeys;

/** The token settings and the signing keys, from {@code identity.tokens.*}. */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AuthConfiguration.class);

	@Bean
	TokenSettings tokenSettings(TokenProperties tokens) {
		return new TokenSettings(tokens.issuer(), tokens.audience(), tokens.accessTokenTtl(), tokens.refreshTokenTtl());
	}

	@Bean
	SigningKeys signingKeys(TokenProperties tokens) {
		List<TokenProperties.SigningKey> configured = (tokens.signingKeys() != null) ? tokens.signingKeys() : List.of();
		if (configured.isEmpty()) {
			if (!tokens.generateKeyIfMissing()) {
				throw new IllegalStateException("No token signing key configured: set identity.tokens.signing-keys "
						+ "(see README, 'Secrets'), or identity.tokens.generate-key-if-missing=true for a local run");
			}
			log.warn("No signing key configured: generated a throw-away key; tokens die with this process");
			return SigningKeys.ephemeral();
		}
		Map<String, String> pemById = new LinkedHashMap<>();
		for (TokenProperties.SigningKey key : configured) {
			pemById.put(key.id(), pem(key));
		}
		return SigningKeys.fromPem(pemById, tokens.activeKeyId());
	}

	private static String pem(TokenProperties.SigningKey key) {
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
