package dev.orderflow.notification.contact;

import java.time.ZoneOffset;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The projection of users.user.v1. */
@Repository
public class UserContacts {

	private final DatabaseClient db;

	UserContacts(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Records what user-service announced, unless a newer announcement is already known
	 * (events of one user arrive in order, but a replayed dead letter may be old).
	 * @param contact the announced contact data
	 * @return completes when stored
	 */
	public Mono<Void> remember(UserContact contact) {
		return this.db.sql("""
				INSERT INTO user_contacts (user_id, email, name, status, updated_at)
				VALUES (:userId, :email, :name, :status, :asOf)
				ON CONFLICT (user_id) DO UPDATE
				SET email = excluded.email, name = excluded.name, status = excluded.status,
				    updated_at = excluded.updated_at
				WHERE user_contacts.updated_at <= excluded.updated_at
				""")
			.bind("userId", contact.userId())
			.bind("email", contact.email())
			.bind("name", contact.name())
			.bind("status", contact.status())
			.bind("asOf", contact.asOf().atOffset(ZoneOffset.UTC))
			.then();
	}

}
