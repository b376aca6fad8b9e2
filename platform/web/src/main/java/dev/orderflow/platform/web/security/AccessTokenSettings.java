package dev.orderflow.platform.web.security;

import java.net.URI;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

/**
 * How a service checks access tokens that user-service issued: against the public keys
 * user-service publishes, with the claims every token must carry. A service binds it as
 * its {@code orderflow.security} settings.
 *
 * @param issuer the {@code iss} every token must carry
 * @param audience the {@code aud} every token must contain
 * @param jwkSetUri where user-service publishes its public keys
 * @param jwkSetLoadBalanced whether the host of the URI is a service id resolved through
 * the load balancer (Eureka); {@code false} for a plain URL
 * @param jwkSetTimeout how long to wait for the keys before answering 503
 * @param clockSkew tolerated clock difference for {@code exp} and {@code nbf}
 * @param retryAfter what {@code Retry-After} says when the keys cannot be fetched
 */
public record AccessTokenSettings(@DefaultValue("orderflow") String issuer,
		@DefaultValue("orderflow-api") String audience,
		@DefaultValue("http://user-service/.well-known/jwks.json") URI jwkSetUri,
		@DefaultValue("true") boolean jwkSetLoadBalanced, @DefaultValue("5s") Duration jwkSetTimeout,
		@DefaultValue("30s") Duration clockSkew, @DefaultValue("5s") Duration retryAfter) {

	/**
	 * The decoder of a service that holds no keys of its own. The load balancer is a
	 * filter on this one client rather than a {@code @LoadBalanced WebClient.Builder}
	 * bean, which would replace Boot's builder for every other component too.
	 * @param loadBalancer the application's load-balancing filter, if it has one
	 * @return the decoder
	 * @throws IllegalStateException when the keys are to be load balanced and there is no
	 * load balancer
	 */
	public ReactiveJwtDecoder decoder(ObjectProvider<? extends ExchangeFilterFunction> loadBalancer) {
		ExchangeFilterFunction resolver = null;
		if (this.jwkSetLoadBalanced) {
			resolver = loadBalancer.getIfAvailable(() -> {
				throw new IllegalStateException("orderflow.security.jwk-set-load-balanced is true but there is no "
						+ "load balancer; set it to false to fetch " + this.jwkSetUri + " directly");
			});
		}
		return ServiceSecurity.remoteKeys(this.jwkSetUri, resolver, this.jwkSetTimeout,
				AccessTokenRules.validator(this.issuer, this.audience, this.clockSkew));
	}

}
