package dev.orderflow.user.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.orderflow.user.UserServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling with device tokens (ADR 0018), three failures to a lock here: the
 * owner's known device keeps working while unknown clients are locked, a device that
 * keeps failing is locked alone, the right password works again after the lock, and an
 * administrator sees and lifts locks. Time passes on a clock the test moves.
 */
@TestPropertySource(properties = { "identity.sign-in.max-failures=3", "identity.sign-in.failure-window=15m",
		"identity.sign-in.lock-for=10m" })
@Import(SignInThrottleIT.MovedClock.class)
class SignInThrottleIT extends UserServiceIntegrationTest {

	private static final String WRONG = "not the right password";

	@Autowired
	private MovableClock clock;

	/**
	 * Access tokens are not valid before the moved clock's time (their {@code nbf}), so
	 * the clock goes back after each test; every test has accounts of its own.
	 */
	@AfterEach
	void clockBack() {
		this.clock.reset();
	}

	@Test
	void locksUnknownClientsAfterTheFailuresEvenWithTheRightPassword() {
		String email = registered();
		for (int attempt = 0; attempt < 3; attempt++) {
			attempt(email, WRONG, null).expectStatus().isUnauthorized();
		}

		attempt(email, PASSWORD, null).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, (seconds) -> assertThat(Long.parseLong(seconds)).isBetween(590L, 601L))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:sign-in-locked")
			.jsonPath("$.status")
			.isEqualTo(429);
	}

	@Test
	void theOwnersKnownDeviceSignsInWhileSomeoneElseGuesses() {
		String email = registered();
		String device = deviceTokenOf(attempt(email, PASSWORD, null));
		for (int attempt = 0; attempt < 5; attempt++) {
			attempt(email, WRONG, null).expectStatus().value((status) -> assertThat(status).isIn(401, 429));
		}
		attempt(email, PASSWORD, null).expectStatus().isEqualTo(429);

		// the same device token comes back: the device stays known
		assertThat(deviceTokenOf(attempt(email, PASSWORD, device))).isEqualTo(device);
	}

	@Test
	void aKnownDeviceThatKeepsFailingIsLockedAlone() {
		String email = registered();
		String device = deviceTokenOf(attempt(email, PASSWORD, null));
		for (int attempt = 0; attempt < 3; attempt++) {
			attempt(email, WRONG, device).expectStatus().isUnauthorized();
		}

		attempt(email, PASSWORD, device).expectStatus().isEqualTo(429);
		// the unknown clients' count is untouched by the device's failures
		attempt(email, PASSWORD, null).expectStatus().isOk();
	}

	@Test
	void theRightPasswordWorksAgainOnceTheLockHasPassed() {
		String email = registered();
		for (int attempt = 0; attempt < 3; attempt++) {
			attempt(email, WRONG, null).expectStatus().isUnauthorized();
		}
		attempt(email, PASSWORD, null).expectStatus().isEqualTo(429);

		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));

		attempt(email, PASSWORD, null).expectStatus().isOk();
	}

	@Test
	void anUnknownEmailIsLockedAlikeSoALockRevealsNoAccount() {
		String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
		for (int attempt = 0; attempt < 3; attempt++) {
			attempt(nobody, WRONG, null).expectStatus().isUnauthorized();
		}

		attempt(nobody, WRONG, null).expectStatus().isEqualTo(429);
	}

	@Test
	void aDeviceTokenThatIsNotTheAccountsCountsAsAnUnknownClient() {
		String email = registered();
		String otherDevice = deviceTokenOf(attempt(registered(), PASSWORD, null));
		for (String device : new String[] { otherDevice, "forged-device-token", otherDevice }) {
			attempt(email, WRONG, device).expectStatus().isUnauthorized();
		}

		attempt(email, PASSWORD, null).expectStatus().isEqualTo(429);
	}

	@Test
	void anAdministratorSeesTheLockAndLiftsIt() {
		String email = registered();
		String id = userId(email);
		for (int attempt = 0; attempt < 3; attempt++) {
			attempt(email, WRONG, null).expectStatus().isUnauthorized();
		}
		String admin = adminToken();

		this.http.get()
			.uri("/api/users/{id}/sign-in-lock", id)
			.headers((headers) -> headers.setBearerAuth(admin))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.failures")
			.isEqualTo(3)
			.jsonPath("$.lockedUntil")
			.isNotEmpty()
			.jsonPath("$.lockedDevices")
			.isEqualTo(0);
		this.http.delete()
			.uri("/api/users/{id}/sign-in-lock", id)
			.headers((headers) -> headers.setBearerAuth(admin))
			.exchange()
			.expectStatus()
			.isNoContent();

		attempt(email, PASSWORD, null).expectStatus().isOk();
		this.http.get()
			.uri("/api/users/{id}/sign-in-lock", id)
			.headers((headers) -> headers.setBearerAuth(admin))
			.exchange()
			.expectBody()
			.jsonPath("$.failures")
			.isEqualTo(0)
			.jsonPath("$.lockedUntil")
			.doesNotExist();
	}

	@Test
	void onlyAnAdministratorSeesOrLiftsLocks() {
		String email = registered();
		String customer = (String) login(email, PASSWORD).get("accessToken");

		this.http.delete()
			.uri("/api/users/{id}/sign-in-lock", userId(email))
			.headers((headers) -> headers.setBearerAuth(customer))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.get()
			.uri("/api/users/{id}/sign-in-lock", UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	private String registered() {
		String email = "throttle-" + UUID.randomUUID() + "@example.com";
		register(email, PASSWORD, "Throttled Customer").expectStatus().isCreated();
		return email;
	}

	private String userId(String email) {
		String token = (String) login(email, PASSWORD).get("accessToken");
		return (String) this.http.get()
			.uri("/api/users/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	private WebTestClient.ResponseSpec attempt(String email, String password, String deviceToken) {
		Map<String, String> body = new HashMap<>(Map.of("email", email, "password", password));
		if (deviceToken != null) {
			body.put("deviceToken", deviceToken);
		}
		return this.http.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private static String deviceTokenOf(WebTestClient.ResponseSpec login) {
		String token = (String) login.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("deviceToken");
		assertThat(token).hasSizeGreaterThanOrEqualTo(43);
		return token;
	}

	/** The application's clock, moved by the test. */
	@TestConfiguration(proxyBeanMethods = false)
	static class MovedClock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	/** The system clock plus however far the test has moved it. */
	static final class MovableClock extends Clock {

		private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

		void reset() {
			this.ahead.set(Duration.ZERO);
		}

		void advance(Duration duration) {
			this.ahead.accumulateAndGet(duration, Duration::plus);
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(this.ahead.get());
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("UTC only");
		}

	}

}
