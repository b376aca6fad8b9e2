package dev.orderflow.user.account;

import java.time.Instant;
import java.util.UUID;

import dev.orderflow.platform.messaging.EventTopics;

/**
 * The records this service publishes on {@code users.user.v1} (contract:
 * contracts/users.user.v1).
 */
final class UserEvents {

	static final String TOPIC = EventTopics.USERS;

	private UserEvents() {
	}

	record UserRegistered(UUID userId, String email, String name, String status, Instant occurredAt) {

	}

	record UserUpdated(UUID userId, String email, String name, String status, Instant occurredAt) {

	}

}
