package dev.orderflow.gateway;

import java.net.InetSocketAddress;
import java.time.Duration;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.orderflow.testsupport.FreshConnections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code X-Forwarded-For} chooses the rate-limit bucket of an anonymous caller only when
 * it comes from a trusted proxy. Here the proxy is 127.0.0.1; a client that connects from
 * 127.0.0.2 (loopback too, but not a proxy) cannot pick its own bucket with the header.
 * The buckets' clock stands still, so an emptied bucket stays empty for the whole test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "gateway.trusted-proxies=127.0.0.1/32" })
@ActiveProfiles("test")
class ForwardedHeadersIT {

	private static final ScriptedUpstream userService = new ScriptedUpstream();

	@TestConfiguration
	static class StoppedBucketClock {

		@Bean
		TimeMeter rateLimitClock() {
			// wall-clock time, as Bucket4j's store requires, that never moves on
			long now = System.currentTimeMillis() * 1_000_000;
			return new TimeMeter() {
				@Override
				public long currentTimeNanos() {
					return now;
				}

				@Override
				public boolean isWallClockBased() {
					return true;
				}
			};
		}

	}

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void scriptedUpstream(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.discovery.client.simple.instances.user-service[0].uri", userService::baseUrl);
	}

	@AfterAll
	static void stopUpstream() {
		userService.close();
	}

	@Test
	void aTrustedProxyTellsWhoTheClientIs() {
		WebTestClient proxy = clientFrom("127.0.0.1");

		assertThat(requestsUntilLimited(proxy, "203.0.113.10")).isLessThanOrEqualTo(100);

		// another client behind the same proxy has an allowance of its own
		assertThat(status(proxy, "203.0.113.11")).isEqualTo(200);
		// the client's own claim left of the proxy's entry changes nothing
		assertThat(status(proxy, "198.51.100.99, 203.0.113.10")).isEqualTo(429);
	}

	@Test
	void aClientThatIsNoProxyCannotChooseItsBucket() {
		WebTestClient client = clientFrom("127.0.0.2");

		assertThat(requestsUntilLimited(client, "198.51.100.10")).isLessThanOrEqualTo(100);

		assertThat(status(client, "198.51.100.11")).as("another spoofed address").isEqualTo(429);
		assertThat(status(client, null)).as("no header").isEqualTo(429);
	}

	/**
	 * @return how many requests the anonymous allowance let through before a 429
	 */
	private int requestsUntilLimited(WebTestClient client, String forwardedFor) {
		for (int i = 1; i <= 100; i++) {
			if (status(client, forwardedFor) == 429) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	private int status(WebTestClient client, String forwardedFor) {
		return client.get().uri("/.well-known/jwks.json").headers((headers) -> {
			if (forwardedFor != null) {
				headers.set("X-Forwarded-For", forwardedFor);
			}
		}).exchange().expectBody().returnResult().getStatus().value();
	}

	private WebTestClient clientFrom(String localAddress) {
		return WebTestClient
			.bindToServer(new ReactorClientHttpConnector(
					FreshConnections.httpClient().bindAddress(() -> new InetSocketAddress(localAddress, 0))))
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

}
