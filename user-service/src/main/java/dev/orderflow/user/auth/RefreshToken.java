package dev.orderflow.user.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A stored refresh token. Only the SHA-256 of the secret is kept: a leaked table cannot
 * be replayed. A token is usable once; its successor stays in the same family.
 *
 * @param id the row id
 * @param familyId the login this token descends from
 * @param userId the owner
 * @param tokenHash hex SHA-256 of the secret
 * @param issuedAt when it was issued
 * @param expiresAt when it stops working
 * @param usedAt when it was exchanged, if it was
 * @param revokedAt when its family was revoked, if it was
 */
record RefreshToken(UUID id, UUID familyId, UUID userId, String tokenHash, Instant issuedAt, Instant expiresAt,
		Instant usedAt, Instant revokedAt) {

	private static final SecureRandom random = new SecureRandom();

	/**
	 * A new secret: 256 random bits, URL-safe.
	 * @return the secret the client keeps
	 */
	public static String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String hash(String secret) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static RefreshToken issue(String secret, UUID familyId, UUID userId, Instant now, Instant expiresAt) {
		return new RefreshToken(UUID.randomUUID(), familyId, userId, hash(secret), now, expiresAt, null, null);
	}

	/**
	 * Whether presenting this token again means it was stolen: it was already exchanged
	 * or its family was revoked.
	 * @return true when the family must be revoked
	 */
	public boolean isReuse() {
		return this.usedAt != null || this.revokedAt != null;
	}

	public boolean isExpiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

}
