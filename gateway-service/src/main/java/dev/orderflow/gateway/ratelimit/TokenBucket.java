package dev.orderflow.gateway.ratelimit;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;

/**
 * A caller's allowance: {@code burstCapacity} requests at once, refilled at
 * {@code replenishRate} requests per second.
 *
 * @param replenishRate requests per second a caller may make on average
 * @param burstCapacity requests a caller may make at once
 */
record TokenBucket(int replenishRate, int burstCapacity) {

	public TokenBucket {
		if (replenishRate < 1 || burstCapacity < replenishRate) {
			throw new IllegalArgumentException("Need 1 <= replenish rate <= burst capacity, got %d and %d"
				.formatted(replenishRate, burstCapacity));
		}
	}

	/**
	 * How long a denied caller waits for the next token, in whole seconds (at least 1).
	 */
	public Duration retryAfter() {
		return Duration.ofSeconds(Math.max(1, (long) Math.ceil(1.0 / this.replenishRate)));
	}

	/**
	 * Adds {@code Retry-After} to a denial; the library limiters only add their
	 * {@code X-RateLimit-*} headers.
	 * @param response the limiter's answer
	 * @return the same answer, with {@code Retry-After} when denied
	 */
	RateLimiter.Response withRetryAfter(RateLimiter.Response response) {
		if (response.isAllowed()) {
			return response;
		}
		Map<String, String> headers = new HashMap<>(response.getHeaders());
		headers.put(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter().toSeconds()));
		return new RateLimiter.Response(false, headers);
	}

}
