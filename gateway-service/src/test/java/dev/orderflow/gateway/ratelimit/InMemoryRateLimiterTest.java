package dev.orderflow.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryRateLimiterTest {

	private final ManualClock clock = new ManualClock();

	private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(new TokenBucket(1, 3), 1000, null, this.clock);

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
	void refillsAfterAPause() {
		for (int i = 0; i < 3; i++) {
			allowed("ip:192.0.2.1");
		}
		assertThat(allowed("ip:192.0.2.1")).isFalse();

		this.clock.advance(Duration.ofMillis(900));
		assertThat(allowed("ip:192.0.2.1")).as("before a token is due").isFalse();

		this.clock.advance(Duration.ofMillis(200));
		assertThat(allowed("ip:192.0.2.1")).isTrue();
		assertThat(allowed("ip:192.0.2.1")).as("one token per second, not a full bucket").isFalse();
	}

	private boolean allowed(String key) {
		return this.limiter.isAllowed("user-service", key).block().isAllowed();
	}

	/**
	 * Time that passes only when the test says so; wall-clock based, as Bucket4j requires
	 * of the clock of a proxy manager.
	 */
	static final class ManualClock implements TimeMeter {

		private final AtomicLong nanos = new AtomicLong(System.currentTimeMillis() * 1_000_000);

		void advance(Duration duration) {
			this.nanos.addAndGet(duration.toNanos());
		}

		@Override
		public long currentTimeNanos() {
			return this.nanos.get();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
