package dev.orderflow.order.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of order-service, under {@code orderflow.*}.
 *
 * @param currency the one system currency (ISO 4217) of prices and orders
 * @param security how access tokens are checked
 * @param saga how long the order saga waits for user-service
 */
@ConfigurationProperties("orderflow")
public record OrderServiceProperties(@DefaultValue("EUR") String currency, @DefaultValue Security security,
		@DefaultValue Saga saga) {

	/**
	 * The saga's deadline ({@code orderflow.saga.*}).
	 *
	 * @param deadline how long an order may stay PENDING; then it is rejected with
	 * TIMEOUT (applies to orders placed after a change)
	 * @param deadlineCheckInterval how often each replica looks for overdue orders
	 * @param deadlineBatchSize the most overdue orders one replica rejects per check
	 */
	public record Saga(@DefaultValue("30s") Duration deadline, @DefaultValue("1s") Duration deadlineCheckInterval,
			@DefaultValue("200") int deadlineBatchSize) {

	}

	/**
	 * Access tokens are issued by user-service; order-service checks them against its
	 * published keys.
	 *
	 * @param issuer the {@code iss} every token must carry
	 * @param audience the {@code aud} every token must contain
	 * @param jwkSetUri where user-service publishes its public keys
	 * @param jwkSetLoadBalanced whether the host of the URI is a service id resolved
	 * through the load balancer (Eureka); {@code false} for a plain URL
	 * @param jwkSetTimeout how long to wait for the keys before answering 503
	 * @param clockSkew tolerated clock difference for {@code exp} and {@code nbf}
	 * @param retryAfter what {@code Retry-After} says when the keys cannot be fetched
	 */
	public record Security(@DefaultValue("orderflow") String issuer, @DefaultValue("orderflow-api") String audience,
			@DefaultValue("http://user-service/.well-known/jwks.json") URI jwkSetUri,
			@DefaultValue("true") boolean jwkSetLoadBalanced, @DefaultValue("5s") Duration jwkSetTimeout,
			@DefaultValue("30s") Duration clockSkew, @DefaultValue("5s") Duration retryAfter) {

	}

}
