package dev.orderflow.notification.messaging;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import reactor.core.publisher.Mono;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.orderflow.notification.contact.UserContact;
import dev.orderflow.notification.contact.UserContacts;
import dev.orderflow.notification.model.NewNotification;
import dev.orderflow.notification.center.NotificationCenter;
import dev.orderflow.platform.messaging.inbox.EventPayloads;
import dev.orderflow.platform.messaging.inbox.IdempotentConsumer;
import dev.orderflow.platform.messaging.inbox.ReceivedEvent;

/**
 * Keeps the contact projection from users.user.v1, and welcomes each new user once.
 */
@Component
class UserEventsListener {

	private static final String CONSUMER = "notification-service.users";

	private final IdempotentConsumer consumer;

	private final UserContacts contacts;

	private final NotificationCenter notifications;

	private final EventPayloads payloads;

	/** Types added within v1 are ignored. */
	private final Map<String, Function<ReceivedEvent, Mono<?>>> effects;

	UserEventsListener(IdempotentConsumer consumer, UserContacts contacts, NotificationCenter notifications,
			EventPayloads payloads) {
		this.consumer = consumer;
		this.contacts = contacts;
		this.notifications = notifications;
		this.payloads = payloads;
		this.effects = Map.of("UserRegistered",
				(event) -> remember(event).then(this.notifications.notify(welcome(event))), "UserUpdated",
				this::remember);
	}

	@KafkaListener(topics = ObservedEvents.USERS, groupId = "notification-service")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.handleAll(records, CONSUMER, this.effects);
	}

	private Mono<Void> remember(ReceivedEvent event) {
		ObservedEvents.UserAnnounced user = this.payloads.read(event, ObservedEvents.UserAnnounced.class);
		return this.contacts
			.remember(new UserContact(user.userId(), user.email(), user.name(), user.status(), user.occurredAt()));
	}

	private NewNotification welcome(ReceivedEvent event) {
		ObservedEvents.UserAnnounced user = this.payloads.read(event, ObservedEvents.UserAnnounced.class);
		return NewNotification.welcome(event.id(), user.userId(), user.name());
	}

}
