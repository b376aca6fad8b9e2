package dev.orderflow.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per caller rate limits ({@code gateway.rate-limit.*}).
 *
 * @param store where the buckets live; by default Redis when
 * {@code spring.data.redis.host} or {@code .url} is set, memory otherwise (see
 * {@link RateLimitStoreEnvironment})
 * @param replenishRate requests per second a caller may make on average
 * @param burstCapacity requests a caller may make at once
 * @param maxCallers how many callers' buckets the memory store keeps at most
 */
@ConfigurationProperties("gateway.rate-limit")
record RateLimitProperties(@DefaultValue("memory") Store store, @DefaultValue("20") int replenishRate,
		@DefaultValue("40") int burstCapacity, @DefaultValue("100000") long maxCallers) {

	TokenBucket bucket() {
		return new TokenBucket(this.replenishRate, this.burstCapacity);
	}

	/** Where the buckets live. */
	public enum Store {

		/** In this process: right for one replica. */
		MEMORY,

		/** In Redis, shared by all replicas. */
		REDIS

	}

}
