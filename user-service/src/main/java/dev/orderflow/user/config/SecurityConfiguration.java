package dev.orderflow.user.config;

import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import reactor.core.publisher.Flux;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.security.AccessTokenRules;
import dev.orderflow.platform.web.security.ServiceSecurity;
import dev.orderflow.platform.web.security.ProblemAccessDeniedHandler;
import dev.orderflow.platform.web.security.ProblemAuthenticationEntryPoint;
import dev.orderflow.user.auth.TokenSettings;
import dev.orderflow.user.auth.keys.SigningKeys;

/**
 * Zero trust: user-service validates every access token itself (signature against its own
 * keys, expiry, issuer, audience), whatever the gateway did before.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
			ProblemWriter problems) {
		// the keys are its own: no key fetch can fail, no Retry-After
		return ServiceSecurity.statelessBearerTokens(http, decoder, problems, null)
			.authorizeExchange((exchanges) -> ServiceSecurity.operationalEndpoints(exchanges)
				.pathMatchers(HttpMethod.POST, "/api/auth/register", "/api/auth/login", "/api/auth/refresh")
				.permitAll()
				.pathMatchers(HttpMethod.GET, "/.well-known/jwks.json")
				.permitAll()
				.pathMatchers(HttpMethod.GET, "/api/users/me")
				.authenticated()
				.pathMatchers("/api/users", "/api/users/**")
				.hasRole("ADMIN")
				.anyExchange()
				.authenticated())
			.build();
	}

	@Bean
	ReactiveJwtDecoder jwtDecoder(SigningKeys keys, TokenSettings settings) {
		List<JWK> publicKeys = keys.publicKeys().getKeys();
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
			.withJwkSource((jwt) -> Flux.fromIterable(publicKeys))
			.build();
		return AccessTokenRules.checking(decoder,
				AccessTokenRules.validator(settings.issuer(), settings.audience(), Duration.ofSeconds(30)));
	}

}
