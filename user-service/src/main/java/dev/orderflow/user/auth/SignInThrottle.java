package dev.orderflow.user.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.orderflow.user.account.User;

/**
 * Slows down password guessing without handing an attacker a way to lock the owner out
 * (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"; ADR 0018). A client
 * that signed in gets a device token; its failed attempts count against that device
 * alone. All other clients of an email share one count, and once it reaches the limit
 * they are refused (429) for a while, right password or not, while the owner's known
 * device still signs in. An unknown email is counted and locked alike, so a lock says
 * nothing about whether an account exists.
 */
@Component
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final SignInFailures failures;

	private final KnownDevices devices;

	private final SignInProperties settings;

	private final Clock clock;

	SignInThrottle(SignInFailures failures, KnownDevices devices, SignInProperties settings, Clock clock) {
		this.failures = failures;
		this.devices = devices;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Whose count the attempt is in: the device's if its token is a known device of the
	 * account, else the email's unknown clients'.
	 */
	Mono<SignInSubject> subject(String email, Optional<User> user, String deviceToken) {
		SignInSubject unknown = SignInSubject.unknownClientsOf(User.normalizeEmail(email),
				user.map(User::id).orElse(null));
		if (deviceToken == null || user.isEmpty()) {
			return Mono.just(unknown);
		}
		return this.devices.isKnown(deviceToken, user.get().id(), this.clock.instant())
			.map((known) -> known ? SignInSubject.knownDevice(deviceToken, user.get().id()) : unknown);
	}

	/** Fails with {@link SignInLocked} while the subject is locked. */
	Mono<Void> refuseIfLocked(SignInSubject subject) {
		return this.failures.lockedUntil(subject.key(), this.clock.instant())
			.flatMap((until) -> Mono.error(new SignInLocked(until)));
	}

	/** Counts a wrong password; the attempt that reaches the limit locks the subject. */
	Mono<Void> failed(SignInSubject subject) {
		Instant now = this.clock.instant();
		return this.failures
			.count(subject, now, now.minus(this.settings.failureWindow()), this.settings.maxFailures(),
					now.plus(this.settings.lockFor()))
			.doOnNext((until) -> log.warn("Sign-in locked until {} for {} of user {} after {} failures", until,
					subject.isKnownDevice() ? "a known device" : "unknown clients", subject.userId(),
					this.settings.maxFailures()))
			.then();
	}

	/**
	 * Forgets the subject's failures and gives the client its device token: the one it
	 * came with if that is known, else a new one.
	 */
	Mono<String> succeeded(SignInSubject subject, User user) {
		Instant now = this.clock.instant();
		Mono<String> token = subject.isKnownDevice() ? Mono.just(subject.deviceToken())
				: this.devices.remember(user.id(), now, now.plus(this.settings.deviceTokenTtl()));
		return this.failures.forget(subject.key()).then(token);
	}

}
