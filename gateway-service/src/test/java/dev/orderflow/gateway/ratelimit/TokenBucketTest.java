package dev.orderflow.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenBucketTest {

	@Test
	void asksADeniedCallerToWaitForTheNextTokenRoundedUpToWholeSeconds() {
		assertThat(new TokenBucket(1, 1).retryAfter()).isEqualTo(Duration.ofSeconds(1));
		assertThat(new TokenBucket(20, 40).retryAfter()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void addsRetryAfterToADenialOnly() {
		TokenBucket bucket = new TokenBucket(5, 10);

		RateLimiter.Response denied = bucket
			.withRetryAfter(new RateLimiter.Response(false, Map.of("X-RateLimit-Remaining", "0")));
		RateLimiter.Response allowed = bucket
			.withRetryAfter(new RateLimiter.Response(true, Map.of("X-RateLimit-Remaining", "4")));

		assertThat(denied.getHeaders()).containsEntry("Retry-After", "1").containsEntry("X-RateLimit-Remaining", "0");
		assertThat(allowed.getHeaders()).doesNotContainKey("Retry-After");
	}

	@Test
	void refusesABucketThatCouldNeverServeARequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucket(0, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucket(10, 5));
	}

}
