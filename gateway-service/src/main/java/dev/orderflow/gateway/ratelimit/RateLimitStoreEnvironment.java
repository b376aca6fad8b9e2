package dev.orderflow.gateway.ratelimit;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code gateway.rate-limit.store} the one switch for Redis. Unset, it is
 * {@code redis} when a Redis host or URL is configured and {@code memory} otherwise.
 * Without Redis as the store, the Redis health indicator and the gateway's Redis limiter
 * are switched off, so a gateway that does not need Redis is never reported down for
 * lacking one. Added as defaults: explicit settings still win.
 */
public class RateLimitStoreEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String store = environment.getProperty(RateLimitConfiguration.STORE);
		if (store == null) {
			boolean redisConfigured = environment.containsProperty("spring.data.redis.host")
					|| environment.containsProperty("spring.data.redis.url");
			store = redisConfigured ? "redis" : "memory";
		}
		boolean redis = "redis".equalsIgnoreCase(store.trim());
		environment.getPropertySources()
			.addLast(new MapPropertySource("gatewayRateLimitStore",
					Map.of(RateLimitConfiguration.STORE, store, "management.health.redis.enabled", redis,
							"spring.cloud.gateway.server.webflux.redis.enabled", redis)));
	}

}
