package dev.orderflow.notification.config;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.function.client.WebClient;

import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.security.AccessTokenRules;
import dev.orderflow.platform.web.security.ProblemAccessDeniedHandler;
import dev.orderflow.platform.web.security.ProblemAuthenticationEntryPoint;
import dev.orderflow.platform.web.security.ProblemTokenCheckFailureHandler;

/**
 * Zero trust: notification-service checks every access token itself (RS256 signature
 * against the user-service JWKS, expiry, issuer, audience, subject), whatever the gateway
 * did before. It holds no keys of its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder accessTokenDecoder,
			ProblemWriter problems, NotificationServiceProperties properties) {
		ProblemAuthenticationEntryPoint unauthenticated = new ProblemAuthenticationEntryPoint(problems);
		ProblemAccessDeniedHandler denied = new ProblemAccessDeniedHandler(problems);
		return http
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				// operators list and replay dead letters; never routed by the gateway
				// either
				.pathMatchers("/actuator/deadletters/**")
				.hasRole("ADMIN")
				.pathMatchers(HttpMethod.GET, "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**")
				.permitAll()
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.jwtDecoder(accessTokenDecoder)
					.jwtAuthenticationConverter(AccessTokenRules.rolesAsAuthorities()))
				.authenticationEntryPoint(unauthenticated)
				.authenticationFailureHandler(new ProblemTokenCheckFailureHandler(unauthenticated, problems,
						properties.security().retryAfter()))
				.accessDeniedHandler(denied))
			.exceptionHandling(
					(handling) -> handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.build();
	}

	/**
	 * Fetches the keys from user-service, and again whenever a token names a key id it
	 * does not know (rotation, a restarted user-service). The load balancer resolves
	 * {@code user-service} in Eureka; it is a filter on this one client rather than a
	 * {@code @LoadBalanced WebClient.Builder} bean, which would replace Boot's builder
	 * for every other component too.
	 */
	@Bean
	ReactiveJwtDecoder accessTokenDecoder(NotificationServiceProperties properties,
			ObjectProvider<LoadBalancedExchangeFilterFunction> loadBalancer) {
		NotificationServiceProperties.Security security = properties.security();
		Duration timeout = security.jwkSetTimeout();
		WebClient.Builder jwks = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create()
				.responseTimeout(timeout)
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())));
		if (security.jwkSetLoadBalanced()) {
			jwks.filter(loadBalancer.getIfAvailable(() -> {
				throw new IllegalStateException("orderflow.security.jwk-set-load-balanced is true but there is no "
						+ "load balancer; set it to false to fetch " + security.jwkSetUri() + " directly");
			}));
		}
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(security.jwkSetUri().toString())
			.webClient(jwks.build())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder
			.setJwtValidator(AccessTokenRules.validator(security.issuer(), security.audience(), security.clockSkew()));
		return keyFetchFailuresAsServiceErrors(decoder);
	}

	/**
	 * Spring Security lets a failed key fetch escape the decoder as an
	 * {@code IllegalStateException}, which would become a 500. As a (non-bad-token)
	 * {@link JwtException} it becomes an {@code AuthenticationServiceException}, which
	 * the failure handler answers with 503 and {@code Retry-After}.
	 */
	private static ReactiveJwtDecoder keyFetchFailuresAsServiceErrors(ReactiveJwtDecoder decoder) {
		return (token) -> decoder.decode(token)
			.onErrorMap((ex) -> !(ex instanceof JwtException),
					(ex) -> new JwtException("Access tokens cannot be checked: " + ex.getMessage(), ex));
	}

}
