package dev.orderflow.user.auth;

import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import dev.orderflow.user.account.Role;
import dev.orderflow.user.account.User;
import dev.orderflow.user.auth.keys.SigningKeys;

/** Signs RS256 access tokens with the active key, its id in the {@code kid} header. */
@Component
class AccessTokens {

	private final JwtEncoder encoder;

	private final String keyId;

	private final TokenSettings settings;

	AccessTokens(SigningKeys keys, TokenSettings settings) {
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.active())));
		this.keyId = keys.active().getKeyID();
		this.settings = settings;
	}

	public String issue(User user, Instant now) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.settings.issuer())
			.audience(List.of(this.settings.audience()))
			.subject(user.id().toString())
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(now.plus(this.settings.accessTokenTtl()))
			.claim("roles", user.roles().stream().map(Role::name).sorted().toList())
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.keyId).type("JWT").build();
		return this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

}
