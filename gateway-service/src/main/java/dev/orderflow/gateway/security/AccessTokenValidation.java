package dev.orderflow.gateway.security;

import java.time.Duration;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

import dev.orderflow.platform.web.security.AccessTokenRules;

/**
 * What makes an access token acceptable at the edge: an RS256 signature by a key of the
 * user-service JWKS, not expired, our issuer, our audience and a subject. The services
 * check the same again (zero trust); the edge check keeps forged and expired tokens from
 * consuming service capacity.
 */
final class AccessTokenValidation {

	private AccessTokenValidation() {
	}

	/**
	 * The claim checks.
	 * @param issuer the expected {@code iss}
	 * @param audience the {@code aud} value that must be present
	 * @param clockSkew how far clocks of the gateway and user-service may disagree
	 * @return the validator
	 */
	public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, Duration clockSkew) {
		return AccessTokenRules.validator(issuer, audience, clockSkew);
	}

	/**
	 * A decoder that fetches the signing keys from the JWKS, again whenever a token names
	 * a key id it does not know (key rotation, a restarted user-service).
	 * @param jwkSetUri where the JWKS is
	 * @param webClient the client to fetch it with (load balanced for {@code lb} hosts)
	 * @param validator the claim checks
	 * @return the decoder
	 */
	public static ReactiveJwtDecoder decoder(String jwkSetUri, WebClient webClient,
			OAuth2TokenValidator<Jwt> validator) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
			.webClient(webClient)
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		return AccessTokenRules.checking(decoder, validator);
	}

}
