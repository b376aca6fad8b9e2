package dev.orderflow.user.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A registered person. Immutable: every change returns a new value, which the repository
 * persists.
 *
 * @param id the user id, the {@code sub} of the user's tokens
 * @param email the login, trimmed and lower-cased
 * @param passwordHash the encoded password ({@code {bcrypt}...})
 * @param name the display name
 * @param roles what the user may do
 * @param status whether the user may log in
 * @param createdAt when the user registered
 * @param updatedAt when the user last changed
 */
public record User(UUID id, String email, String passwordHash, String name, Set<Role> roles, UserStatus status,
		Instant createdAt, Instant updatedAt) {

	public User {
		roles = Set.copyOf(roles);
	}

	public static User register(String email, String passwordHash, String name, Set<Role> roles, Instant now) {
		return new User(UUID.randomUUID(), normalizeEmail(email), passwordHash, name.trim(), roles, UserStatus.ACTIVE,
				now, now);
	}

	/**
	 * The canonical form of an email address, so that lookups and the unique key agree.
	 * @param email as typed
	 * @return trimmed and lower-cased
	 */
	public static String normalizeEmail(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	public boolean isActive() {
		return this.status == UserStatus.ACTIVE;
	}

	public User withStatus(UserStatus newStatus, Instant now) {
		return (newStatus == this.status) ? this : new User(this.id, this.email, this.passwordHash, this.name,
				this.roles, newStatus, this.createdAt, now);
	}

}
