package dev.orderflow.notification.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;

import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.security.ServiceSecurity;

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
		return ServiceSecurity
			.statelessBearerTokens(http, accessTokenDecoder, problems, properties.security().retryAfter())
			.authorizeExchange((exchanges) -> ServiceSecurity.operationalEndpoints(exchanges)
				// operators resend FAILED emails
				.pathMatchers(HttpMethod.POST, "/api/notifications/*/email/resend", "/api/notifications/email/resend")
				.hasRole("ADMIN")
				.anyExchange()
				.authenticated())
			.build();
	}

	/** Fetches the keys from user-service, resolved in Eureka by the load balancer. */
	@Bean
	ReactiveJwtDecoder accessTokenDecoder(NotificationServiceProperties properties,
			ObjectProvider<LoadBalancedExchangeFilterFunction> loadBalancer) {
		return properties.security().decoder(loadBalancer);
	}

}
