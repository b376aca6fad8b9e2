package dev.orderflow.notification.contact;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** Every user's {@link Preferences}; a user who never chose has the defaults. */
@Repository
public class UserPreferences {

	private final DatabaseClient db;

	private final Clock clock;

	UserPreferences(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	public Mono<Preferences> of(UUID userId) {
		return this.db.sql("SELECT email_enabled FROM preferences WHERE user_id = :userId")
			.bind("userId", userId)
			.map((row) -> new Preferences(Boolean.TRUE.equals(row.get("email_enabled", Boolean.class))))
			.one()
			.defaultIfEmpty(Preferences.DEFAULTS);
	}

	public Mono<Preferences> change(UUID userId, Preferences preferences) {
		return this.db.sql("""
				INSERT INTO preferences (user_id, email_enabled, updated_at) VALUES (:userId, :email, :now)
				ON CONFLICT (user_id) DO UPDATE SET email_enabled = excluded.email_enabled,
				    updated_at = excluded.updated_at
				""")
			.bind("userId", userId)
			.bind("email", preferences.email())
			.bind("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.then()
			.thenReturn(preferences);
	}

}
