package dev.orderflow.user.account;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.orderflow.platform.messaging.outbox.Outbox;
import dev.orderflow.platform.messaging.outbox.OutboxEvent;

/** Account events through the transactional outbox, keyed by user id. */
@Component
class AccountEventsOutbox implements AccountEvents {

	private final Outbox outbox;

	AccountEventsOutbox(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public Mono<Void> registered(User user) {
		return this.outbox
			.append(OutboxEvent.of(UserEvents.TOPIC, "User", user.id(), "UserRegistered", new UserEvents.UserRegistered(
					user.id(), user.email(), user.name(), user.status().name(), user.updatedAt())));
	}

	@Override
	public Mono<Void> updated(User user) {
		return this.outbox.append(
				OutboxEvent.of(UserEvents.TOPIC, "User", user.id(), "UserUpdated", new UserEvents.UserUpdated(user.id(),
						user.email(), user.name(), user.status().name(), user.updatedAt())));
	}

}
