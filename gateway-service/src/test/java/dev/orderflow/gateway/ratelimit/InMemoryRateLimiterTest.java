package dev.orderflow.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryRateLimiterTest {

	private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(new TokenBucket(1, 3), 1000, null);

	@Test
	void allowsABurstUpToCapacityThenDeniesWithRetryAfter() {
		for (int i = 0; i < 3; i++) {
			assertThat(allowed("user:a")).as("request %d", i + 1).isTrue();
		}

		RateLimiter.Response denied = this.limiter.isAllowed("user-service", "user:a").block();

		assertThat(denied.isAllowed()).isFalse();
		assertThat(denied.getHeaders()).containsEntry("Retry-After", "1").containsEntry("X-RateLimit-Remaining", "0");
	}

	@Test
	void givesEveryCallerItsOwnBucket() {
		for (int i = 0; i < 3; i++) {
			allowed("user:greedy");
		}

		assertThat(allowed("user:greedy")).isFalse();
		assertThat(allowed("user:other")).isTrue();
	}

	@Test
	void refillsAfterAPause() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			allowed("ip:192.0.2.1");
		}
		assertThat(allowed("ip:192.0.2.1")).isFalse();

		Thread.sleep(1100);

		assertThat(allowed("ip:192.0.2.1")).isTrue();
	}

	private boolean allowed(String key) {
		return this.limiter.isAllowed("user-service", key).block().isAllowed();
	}

}
