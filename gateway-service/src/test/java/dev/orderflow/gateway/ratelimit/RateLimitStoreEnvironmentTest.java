package dev.orderflow.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitStoreEnvironmentTest {

	private final MockEnvironment environment = new MockEnvironment();

	@Test
	void keepsLimitsInMemoryAndLeavesRedisAloneWhenNoRedisIsConfigured() {
		process();

		assertThat(this.environment.getProperty("gateway.rate-limit.store")).isEqualTo("memory");
		assertThat(this.environment.getProperty("management.health.redis.enabled", Boolean.class)).isFalse();
		assertThat(this.environment.getProperty("spring.cloud.gateway.server.webflux.redis.enabled", Boolean.class))
			.isFalse();
	}

	@Test
	void usesRedisWhenARedisHostIsConfigured() {
		this.environment.setProperty("spring.data.redis.host", "redis");

		process();

		assertThat(this.environment.getProperty("gateway.rate-limit.store")).isEqualTo("redis");
		assertThat(this.environment.getProperty("management.health.redis.enabled", Boolean.class)).isTrue();
		assertThat(this.environment.getProperty("spring.cloud.gateway.server.webflux.redis.enabled", Boolean.class))
			.isTrue();
	}

	@Test
	void anExplicitStoreWinsOverARedisHost() {
		this.environment.setProperty("spring.data.redis.host", "redis");
		this.environment.setProperty("gateway.rate-limit.store", "memory");

		process();

		assertThat(this.environment.getProperty("management.health.redis.enabled", Boolean.class)).isFalse();
	}

	@Test
	void explicitHealthSettingsWin() {
		this.environment.setProperty("management.health.redis.enabled", "true");

		process();

		assertThat(this.environment.getProperty("management.health.redis.enabled", Boolean.class)).isTrue();
	}

	private void process() {
		new RateLimitStoreEnvironment().postProcessEnvironment(this.environment, new SpringApplication());
	}

}
