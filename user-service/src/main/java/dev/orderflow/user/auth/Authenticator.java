package dev.orderflow.user.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import dev.orderflow.user.account.User;
import dev.orderflow.user.account.Users;
import dev.orderflow.platform.transactions.WholeTransactions;

/** Login (throttled), refresh-token rotation with reuse detection, and logout. */
@Service
class Authenticator {

	private static final Logger log = LoggerFactory.getLogger(Authenticator.class);

	private final Users users;

	private final RefreshTokens refreshTokens;

	private final AccessTokens accessTokens;

	private final PasswordEncoder passwords;

	private final TokenSettings settings;

	private final WholeTransactions transactions;

	private final Clock clock;

	private final SignInThrottle throttle;

	/**
	 * Checked when the email is unknown, so that a wrong email costs as long as a wrong
	 * password.
	 */
	private final String unknownUserHash;

	Authenticator(Users users, RefreshTokens refreshTokens, AccessTokens accessTokens, PasswordEncoder passwords,
			TokenSettings settings, WholeTransactions transactions, Clock clock, SignInThrottle throttle) {
		this.users = users;
		this.refreshTokens = refreshTokens;
		this.accessTokens = accessTokens;
		this.passwords = passwords;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
		this.throttle = throttle;
		this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
	}

	/**
	 * Signs in through the throttle ({@link SignInThrottle}): a locked client is refused
	 * before its password is checked, a wrong password is counted, and a success hands
	 * out the client's device token with the tokens.
	 * @param deviceToken the device token the client got at an earlier sign-in, or null
	 * @return the tokens, or {@link InvalidCredentials}, {@link SignInLocked},
	 * {@link AccountSuspended}
	 */
	public Mono<SignIn> login(String email, String password, String deviceToken) {
		return this.users.findByEmail(email)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((user) -> this.throttle.subject(email, user, deviceToken)
				.flatMap((subject) -> this.throttle.refuseIfLocked(subject)
					.then(checkPassword(password, user))
					.onErrorResume(InvalidCredentials.class,
							(wrong) -> this.throttle.failed(subject).then(Mono.error(wrong)))
					.flatMap((found) -> found.isActive() ? Mono.just(found) : Mono.error(new AccountSuspended()))
					.flatMap((found) -> issue(found, UUID.randomUUID(), this.clock.instant())
						.zipWith(this.throttle.succeeded(subject, found), SignIn::new))));
	}

	/** The user if the password is theirs; as slow for an unknown email as for a user. */
	private Mono<User> checkPassword(String password, Optional<User> user) {
		return Mono
			.fromCallable(
					() -> this.passwords.matches(password, user.map(User::passwordHash).orElse(this.unknownUserHash)))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((matches) -> (matches && user.isPresent()) ? Mono.just(user.get())
					: Mono.error(new InvalidCredentials()));
	}

	/**
	 * Exchanges a refresh token for a new pair. A token presented twice means it leaked:
	 * the whole family is revoked (and that revocation is committed) before the caller
	 * gets 401.
	 * @param secret the refresh token
	 * @return the new pair, or {@link InvalidRefreshToken}
	 */
	public Mono<TokenPair> refresh(String secret) {
		Instant now = this.clock.instant();
		return this.refreshTokens.findBySecret(secret)
			.switchIfEmpty(Mono.error(InvalidRefreshToken::new))
			.flatMap((token) -> rotate(token, now))
			.as(this.transactions::whole)
			.flatMap((outcome) -> (outcome.pair() != null) ? Mono.just(outcome.pair()) : Mono.error(outcome.error()));
	}

	/**
	 * Revokes the family of a refresh token that belongs to the caller. Unknown tokens
	 * and other users' tokens are ignored, so logout never reveals anything.
	 * @param userId the caller
	 * @param secret the refresh token
	 * @return completes when done
	 */
	public Mono<Void> logout(UUID userId, String secret) {
		return this.refreshTokens.findBySecret(secret)
			.filter((token) -> token.userId().equals(userId))
			.flatMap((token) -> this.refreshTokens.revokeFamily(token.familyId(), this.clock.instant()))
			.then();
	}

	private Mono<Outcome> rotate(RefreshToken token, Instant now) {
		if (token.isReuse()) {
			return revokeBecauseReused(token, now);
		}
		if (token.isExpiredAt(now)) {
			return Mono.just(Outcome.failed(new InvalidRefreshToken()));
		}
		return this.refreshTokens.markUsed(token.id(), now)
			.flatMap((won) -> won ? this.users.findById(token.userId()) : Mono.empty())
			.flatMap((user) -> user.isActive() ? issue(user, token.familyId(), now).map(Outcome::rotated)
					: Mono.just(Outcome.failed(new AccountSuspended())))
			// Lost the race against a concurrent use of the same token: that is reuse
			// too.
			.switchIfEmpty(Mono.defer(() -> revokeBecauseReused(token, now)));
	}

	private Mono<Outcome> revokeBecauseReused(RefreshToken token, Instant now) {
		log.warn("Refresh token of family {} (user {}) was reused; revoking the family", token.familyId(),
				token.userId());
		return this.refreshTokens.revokeFamily(token.familyId(), now)
			.thenReturn(Outcome.failed(new InvalidRefreshToken()));
	}

	private Mono<TokenPair> issue(User user, UUID familyId, Instant now) {
		String secret = RefreshToken.newSecret();
		RefreshToken refresh = RefreshToken.issue(secret, familyId, user.id(), now,
				now.plus(this.settings.refreshTokenTtl()));
		return this.refreshTokens.insert(refresh)
			.thenReturn(new TokenPair(this.accessTokens.issue(user, now), secret,
					this.settings.accessTokenTtl().toSeconds()));
	}

	/** The result of a refresh inside its transaction: a failure must still commit. */
	private record Outcome(TokenPair pair, RuntimeException error) {

		static Outcome rotated(TokenPair pair) {
			return new Outcome(pair, null);
		}

		static Outcome failed(RuntimeException error) {
			return new Outcome(null, error);
		}

	}

}
