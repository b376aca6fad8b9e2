package dev.orderflow.gateway.ratelimit;

import io.github.bucket4j.TimeMeter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The key and the limiter of the {@code RequestRateLimiter} default filter, which refers
 * to them by name ({@code #{@callerKeyResolver}}, {@code #{@edgeRateLimiter}}).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	static final String LIMITER = "edgeRateLimiter";

	static final String STORE = "gateway.rate-limit.store";

	@Bean
	KeyResolver callerKeyResolver() {
		return new CallerKeyResolver();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = STORE, havingValue = "memory", matchIfMissing = true)
	static class InMemory {

		// primary: the gateway's filter factory is injected with the one RateLimiter
		@Bean(LIMITER)
		@Primary
		InMemoryRateLimiter edgeRateLimiter(RateLimitProperties limits, ConfigurationService configurationService,
				ObjectProvider<TimeMeter> clock) {
			// a test may stop the clock that refills the buckets
			return new InMemoryRateLimiter(limits.bucket(), limits.maxCallers(), configurationService,
					clock.getIfAvailable(() -> TimeMeter.SYSTEM_MILLISECONDS));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = STORE, havingValue = "redis")
	static class Shared {

		// a RedisRateLimiter bean: the gateway's own then backs off
		@Bean(LIMITER)
		@Primary
		SharedRateLimiter edgeRateLimiter(RateLimitProperties limits) {
			return new SharedRateLimiter(limits.bucket());
		}

	}

}
