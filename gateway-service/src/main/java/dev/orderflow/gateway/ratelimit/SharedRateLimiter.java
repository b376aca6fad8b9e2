package dev.orderflow.gateway.ratelimit;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

/**
 * Token buckets in Redis, shared by every gateway replica so that a caller's allowance
 * does not multiply with the number of replicas. The gateway's Redis limiter does the
 * counting (one atomic script per request). When Redis fails it lets requests through: an
 * outage of the limiter's store must not become an outage of the API.
 */
class SharedRateLimiter extends RedisRateLimiter {

	private final TokenBucket bucket;

	public SharedRateLimiter(TokenBucket bucket) {
		super(bucket.replenishRate(), bucket.burstCapacity(), 1);
		this.bucket = bucket;
	}

	@Override
	public Mono<Response> isAllowed(String routeId, String id) {
		return super.isAllowed(routeId, id).map(this.bucket::withRetryAfter);
	}

}
