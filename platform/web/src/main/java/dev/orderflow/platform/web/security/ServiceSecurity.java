package dev.orderflow.platform.web.security;

import java.net.URI;
import java.time.Duration;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import dev.orderflow.platform.web.ProblemWriter;

/**
 * What every service's security chain shares (zero trust, docs/architecture.md): bearer
 * access tokens checked by the service itself, stateless, problem+json for 401, 403 and a
 * key fetch that failed (503), no sessions, CSRF, basic or form login; operational
 * endpoints open or for ADMIN alike everywhere. A service adds only its own API's rules.
 */
public final class ServiceSecurity {

	private ServiceSecurity() {
	}

	/**
	 * Operational endpoints: health, info and metrics open (the gateway routes none of
	 * them), dead letters for ADMIN only, the OpenAPI documents open for reading.
	 * @param exchanges the service's authorization rules, before its own API rules
	 * @return the same rules, for chaining
	 */
	public static ServerHttpSecurity.AuthorizeExchangeSpec operationalEndpoints(
			ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
		return exchanges.pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus")
			.permitAll()
			.pathMatchers("/actuator/deadletters/**")
			.hasRole("ADMIN")
			.pathMatchers(HttpMethod.GET, "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**")
			.permitAll();
	}

	/**
	 * Bearer tokens checked by the decoder, roles as authorities, every refusal as
	 * problem+json, nothing kept between requests.
	 * @param http the chain being built
	 * @param decoder checks signature and claims
	 * @param problems writes the problem bodies
	 * @param retryAfter what {@code Retry-After} says when the keys could not be fetched;
	 * {@code null} when the service holds its keys itself
	 * @return the chain, for the service to {@code build()}
	 */
	public static ServerHttpSecurity statelessBearerTokens(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
			ProblemWriter problems, Duration retryAfter) {
		ProblemAuthenticationEntryPoint unauthenticated = new ProblemAuthenticationEntryPoint(problems);
		ProblemAccessDeniedHandler denied = new ProblemAccessDeniedHandler(problems);
		return http.oauth2ResourceServer((resourceServer) -> {
			resourceServer
				.jwt((jwt) -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(AccessTokenRules.rolesAsAuthorities()))
				.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler(denied);
			if (retryAfter != null) {
				resourceServer.authenticationFailureHandler(
						new ProblemTokenCheckFailureHandler(unauthenticated, problems, retryAfter));
			}
		})
			.exceptionHandling(
					(handling) -> handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable);
	}

	/**
	 * Checks tokens against keys published elsewhere (user-service's JWKS), fetched again
	 * whenever a token names a key id not yet known (rotation, a restarted user-service).
	 * A failed fetch becomes a (non-bad-token) {@link JwtException}, which
	 * {@link #statelessBearerTokens} answers with 503 and {@code Retry-After} rather than
	 * a 500.
	 * @param jwkSetUri where the keys are published
	 * @param loadBalancer resolves the URI's host as a service id (Eureka), or
	 * {@code null} for a plain URL
	 * @param timeout how long to wait for the keys
	 * @param rules the claim checks ({@link AccessTokenRules#validator})
	 * @return the decoder
	 */
	public static ReactiveJwtDecoder remoteKeys(URI jwkSetUri, ExchangeFilterFunction loadBalancer, Duration timeout,
			OAuth2TokenValidator<Jwt> rules) {
		WebClient.Builder jwks = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create()
				.responseTimeout(timeout)
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())));
		if (loadBalancer != null) {
			jwks.filter(loadBalancer);
		}
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri.toString())
			.webClient(jwks.build())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		ReactiveJwtDecoder checking = AccessTokenRules.checking(decoder, rules);
		return (token) -> checking.decode(token)
			.onErrorMap((ex) -> !(ex instanceof JwtException),
					(ex) -> new JwtException("Access tokens cannot be checked: " + ex.getMessage(), ex));
	}

}
