package dev.orderflow.user.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.orderflow.user.account.Users;

/**
 * An administrator's view of an account's failed sign-ins, and the way to lift its locks
 * (ADMIN only, as everything under {@code /api/users/{id}}).
 */
@RestController
@RequestMapping("/api/users/{id}/sign-in-lock")
class SignInLockController {

	private final Users users;

	private final SignInFailures failures;

	private final SignInProperties settings;

	private final Clock clock;

	SignInLockController(Users users, SignInFailures failures, SignInProperties settings, Clock clock) {
		this.users = users;
		this.failures = failures;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping
	Mono<SignInLockView> show(@PathVariable UUID id) {
		Instant now = this.clock.instant();
		return account(id).thenMany(this.failures.ofUser(id, now.minus(this.settings.failureWindow()), now))
			.collectList()
			.map(SignInLockView::of);
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> lift(@PathVariable UUID id) {
		return account(id).then(this.failures.forgetUser(id)).then();
	}

	private Mono<Void> account(UUID id) {
		return this.users.findById(id).switchIfEmpty(Mono.error(() -> new NoSuchAccount(id))).then();
	}

	/**
	 * An account's failed sign-ins.
	 *
	 * @param lockedUntil until when its unknown clients may not sign in, or null
	 * @param failures failures of unknown clients in the current window
	 * @param lockedDevices how many of its known devices are locked
	 */
	record SignInLockView(Instant lockedUntil, int failures, int lockedDevices) {

		static SignInLockView of(List<SignInFailures.Failures> all) {
			List<SignInFailures.Failures> unknownClients = all.stream().filter((f) -> !f.knownDevice()).toList();
			return new SignInLockView(
					unknownClients.stream()
						.map(SignInFailures.Failures::lockedUntil)
						.filter(Objects::nonNull)
						.max(Comparator.naturalOrder())
						.orElse(null),
					unknownClients.stream().mapToInt(SignInFailures.Failures::failures).sum(),
					(int) all.stream().filter((f) -> f.knownDevice() && f.lockedUntil() != null).count());
		}

	}

}
