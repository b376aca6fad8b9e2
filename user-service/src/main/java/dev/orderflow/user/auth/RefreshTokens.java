package dev.orderflow.user.auth;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The refresh_tokens table. */
@Repository
class RefreshTokens {

	private final DatabaseClient db;

	RefreshTokens(DatabaseClient db) {
		this.db = db;
	}

	public Mono<Void> insert(RefreshToken token) {
		return this.db
			.sql("INSERT INTO refresh_tokens (id, family_id, user_id, token_hash, issued_at, expires_at)"
					+ " VALUES (:id, :familyId, :userId, :hash, :issuedAt, :expiresAt)")
			.bind("id", token.id())
			.bind("familyId", token.familyId())
			.bind("userId", token.userId())
			.bind("hash", token.tokenHash())
			.bind("issuedAt", utc(token.issuedAt()))
			.bind("expiresAt", utc(token.expiresAt()))
			.then();
	}

	public Mono<RefreshToken> findBySecret(String secret) {
		return this.db
			.sql("SELECT id, family_id, user_id, token_hash, issued_at, expires_at, used_at, revoked_at"
					+ " FROM refresh_tokens WHERE token_hash = :hash")
			.bind("hash", RefreshToken.hash(secret))
			.map(RefreshTokens::map)
			.one();
	}

	/**
	 * Marks the token used if nobody did so first; two concurrent refreshes with one
	 * token cannot both win.
	 * @param id the token
	 * @param now the time of use
	 * @return whether this caller used it
	 */
	public Mono<Boolean> markUsed(UUID id, Instant now) {
		return this.db
			.sql("UPDATE refresh_tokens SET used_at = :now WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL")
			.bind("now", utc(now))
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows == 1);
	}

	public Mono<Long> revokeFamily(UUID familyId, Instant now) {
		return this.db
			.sql("UPDATE refresh_tokens SET revoked_at = :now WHERE family_id = :familyId AND revoked_at IS NULL")
			.bind("now", utc(now))
			.bind("familyId", familyId)
			.fetch()
			.rowsUpdated();
	}

	private static RefreshToken map(Readable row) {
		return new RefreshToken(row.get("id", UUID.class), row.get("family_id", UUID.class),
				row.get("user_id", UUID.class), row.get("token_hash", String.class),
				instant(row.get("issued_at", OffsetDateTime.class)),
				instant(row.get("expires_at", OffsetDateTime.class)), instant(row.get("used_at", OffsetDateTime.class)),
				instant(row.get("revoked_at", OffsetDateTime.class)));
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
