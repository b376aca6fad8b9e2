package dev.orderflow.gateway.security;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;

import dev.orderflow.gateway.resilience.ResilienceProperties;
import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.security.ProblemAccessDeniedHandler;
import dev.orderflow.platform.web.security.ProblemAuthenticationEntryPoint;
import dev.orderflow.platform.web.security.ProblemTokenCheckFailureHandler;

/**
 * Stateless bearer token security: public endpoints open, everything else needs a valid
 * access token, every refusal a problem response, CORS from the allow-list.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, ReactiveJwtDecoder accessTokenDecoder,
			ProblemWriter writer, ResilienceProperties resilience, Environment environment) {
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(writer);
		ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(writer);
		// bearer tokens only, no cookies: no session to keep and nothing for CSRF to
		// abuse
		http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.cors(Customizer.withDefaults())
			.authorizeExchange((exchanges) -> {
				exchanges.matchers(PublicEndpoints.matcher()).permitAll();
				Integer managementPort = separateManagementPort(environment);
				if (managementPort != null) {
					exchanges
						.matchers(new AndServerWebExchangeMatcher(
								ServerWebExchangeMatchers.pathMatchers("/actuator/prometheus"),
								new LocalPortMatcher(managementPort)))
						.permitAll();
				}
				exchanges.anyExchange().authenticated();
			})
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtDecoder(accessTokenDecoder))
				.authenticationEntryPoint(entryPoint)
				.authenticationFailureHandler(
						new ProblemTokenCheckFailureHandler(entryPoint, writer, resilience.retryAfter()))
				.accessDeniedHandler(accessDenied))
			.exceptionHandling(
					(handling) -> handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied));
		return http.build();
	}

	/**
	 * Fetches the signing keys through the load balancer, so that {@code user-service} in
	 * the JWKS URI is resolved in Eureka like the routes. The filter function is used
	 * instead of a {@code @LoadBalanced WebClient.Builder} bean, which would also become
	 * the builder every other component is injected with.
	 */
	@Bean
	ReactiveJwtDecoder accessTokenDecoder(SecurityProperties security,
			ReactorLoadBalancerExchangeFilterFunction loadBalancer) {
		Duration timeout = security.jwkSetTimeout();
		WebClient jwks = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create()
				.responseTimeout(timeout)
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())))
			.filter(loadBalancer)
			.build();
		return AccessTokenValidation.decoder(security.jwkSetUri().toString(), jwks,
				AccessTokenValidation.validator(security.issuer(), security.audience(), security.clockSkew()));
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(CorsProperties cors) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(cors.allowedOrigins());
		configuration.setAllowedMethods(cors.allowedMethods());
		configuration.setAllowedHeaders(cors.allowedHeaders());
		configuration.setExposedHeaders(cors.exposedHeaders());
		configuration.setMaxAge(cors.maxAge());
		configuration.setAllowCredentials(false);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", configuration);
		return source;
	}

	private static Integer separateManagementPort(Environment environment) {
		Integer management = environment.getProperty("management.server.port", Integer.class);
		Integer server = environment.getProperty("server.port", Integer.class, 8080);
		return (management != null && management > 0 && !management.equals(server)) ? management : null;
	}

}
