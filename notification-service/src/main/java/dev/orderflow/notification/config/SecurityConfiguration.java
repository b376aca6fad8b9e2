package dev.orderflow.notification.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.security.AccessTokenRules;
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
			.authorizeExchange(
					(exchanges) -> ServiceSecurity.operationalEndpoints(exchanges).anyExchange().authenticated())
			.build();
	}

	/**
	 * Fetches the keys from user-service. The load balancer resolves {@code user-service}
	 * in Eureka; it is a filter on this one client rather than a {@code @LoadBalanced
	 * WebClient.Builder} bean, which would replace Boot's builder for every other
	 * component too.
	 */
	@Bean
	ReactiveJwtDecoder accessTokenDecoder(NotificationServiceProperties properties,
			ObjectProvider<LoadBalancedExchangeFilterFunction> loadBalancer) {
		NotificationServiceProperties.Security security = properties.security();
		ExchangeFilterFunction resolver = null;
		if (security.jwkSetLoadBalanced()) {
			resolver = loadBalancer.getIfAvailable(() -> {
				throw new IllegalStateException("orderflow.security.jwk-set-load-balanced is true but there is no "
						+ "load balancer; set it to false to fetch " + security.jwkSetUri() + " directly");
			});
		}
		return ServiceSecurity.remoteKeys(security.jwkSetUri(), resolver, security.jwkSetTimeout(),
				AccessTokenRules.validator(security.issuer(), security.audience(), security.clockSkew()));
	}

}
