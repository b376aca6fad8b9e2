package dev.orderflow.user.auth;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The known_devices table: clients that signed in, by the hash of their token. */
@Repository
class KnownDevices {

	private final DatabaseClient db;

	KnownDevices(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Whether the token is a device of this account that has not expired.
	 * @param token what the client sent
	 * @param userId the account it signs in to
	 * @param now the time of the attempt
	 * @return true if it is
	 */
	Mono<Boolean> isKnown(String token, UUID userId, Instant now) {
		return this.db
			.sql("SELECT 1 FROM known_devices WHERE token_hash = :hash AND user_id = :userId AND expires_at > :now")
			.bind("hash", RefreshToken.hash(token))
			.bind("userId", userId)
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.map((row) -> true)
			.one()
			.defaultIfEmpty(false);
	}

	/**
	 * Remembers a device that signed in.
	 * @return the token it keeps
	 */
	Mono<String> remember(UUID userId, Instant now, Instant expiresAt) {
		String token = RefreshToken.newSecret();
		return this.db
			.sql("INSERT INTO known_devices (token_hash, user_id, issued_at, expires_at)"
					+ " VALUES (:hash, :userId, :now, :expiresAt)")
			.bind("hash", RefreshToken.hash(token))
			.bind("userId", userId)
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.bind("expiresAt", expiresAt.atOffset(ZoneOffset.UTC))
			.then()
			.thenReturn(token);
	}

}
