package dev.orderflow.platform.web.security;

import java.time.Duration;
import java.util.Map;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;

/**
 * What every part that validates an access token checks (the gateway and each service,
 * zero trust), and how the token's {@code roles} become authorities: one definition, so
 * the edge and the services cannot drift apart.
 */
public final class AccessTokenRules {

	private AccessTokenRules() {
	}

	/**
	 * The claim checks: not expired (an expiry is required), our issuer, our audience, a
	 * subject.
	 * @param issuer the expected {@code iss}
	 * @param audience the {@code aud} value that must be present
	 * @param clockSkew how far the clocks of issuer and validator may disagree
	 * @return the validator
	 */
	public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, Duration clockSkew) {
		JwtTimestampValidator timestamps = new JwtTimestampValidator(clockSkew);
		// a token without expiry would be valid for ever
		timestamps.setAllowEmptyExpiryClaim(false);
		return new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(issuer),
				new JwtAudienceValidator(audience),
				new JwtClaimValidator<String>(JwtClaimNames.SUB, (subject) -> subject != null && !subject.isBlank()));
	}

	/**
	 * A decoder that applies these rules: the checks, the claims read as below, and every
	 * token that passed remembered until it expires ({@link RememberedTokens}).
	 * @param decoder the signature check (the keys and the algorithm)
	 * @param rules the claim checks ({@link #validator})
	 * @return the decoder to give {@code oauth2ResourceServer().jwt()}
	 */
	public static ReactiveJwtDecoder checking(NimbusReactiveJwtDecoder decoder, OAuth2TokenValidator<Jwt> rules) {
		decoder.setJwtValidator(rules);
		decoder.setClaimSetConverter(claims());
		return RememberedTokens.remembering(decoder);
	}

	/**
	 * How a decoder reads the claims: Spring's defaults, except that the issuer stays a
	 * string. Ours ({@code orderflow}) is not a URL, and the default conversion to one
	 * threw, and filled the stack trace of, an exception for every token checked.
	 * @return the converter for {@code NimbusReactiveJwtDecoder.setClaimSetConverter}
	 */
	static MappedJwtClaimSetConverter claims() {
		return MappedJwtClaimSetConverter
			.withDefaults(Map.of(JwtClaimNames.ISS, (issuer) -> (issuer != null) ? issuer.toString() : null));
	}

	/**
	 * The {@code roles} claim (e.g. {@code ["ADMIN"]}) as {@code ROLE_*} authorities.
	 * @return the converter for {@code oauth2ResourceServer().jwt()}
	 */
	public static ReactiveJwtAuthenticationConverterAdapter rolesAsAuthorities() {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName("roles");
		roles.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(roles);
		return new ReactiveJwtAuthenticationConverterAdapter(converter);
	}

}
