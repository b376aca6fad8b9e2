package dev.orderflow.notification.notification.messaging;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.orderflow.platform.messaging.inbox.MalformedEvent;
import dev.orderflow.platform.messaging.inbox.ReceivedEvent;

/**
 * Reads event payloads; one that cannot be read, or lacks what the notification needs, is
 * a {@link MalformedEvent} (dead-lettered, the partition keeps flowing).
 */
@Component
class EventPayloads {

	private final JsonMapper json;

	EventPayloads(JsonMapper json) {
		this.json = json;
	}

	ObservedEvents.OrderOutcome order(ReceivedEvent event) {
		ObservedEvents.OrderOutcome order = read(event, ObservedEvents.OrderOutcome.class);
		if (order.orderId() == null || order.userId() == null || order.total() == null) {
			throw new MalformedEvent(event.type() + " " + event.id() + " lacks orderId, userId or total");
		}
		return order;
	}

	ObservedEvents.UserAnnounced user(ReceivedEvent event) {
		ObservedEvents.UserAnnounced user = read(event, ObservedEvents.UserAnnounced.class);
		if (user.userId() == null || user.email() == null || user.name() == null || user.occurredAt() == null) {
			throw new MalformedEvent(event.type() + " " + event.id() + " lacks userId, email, name or occurredAt");
		}
		return user;
	}

	private <T> T read(ReceivedEvent event, Class<T> type) {
		try {
			T value = this.json.readValue(event.payload(), type);
			if (value == null) {
				throw new MalformedEvent(event.type() + " " + event.id() + " has no data");
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new MalformedEvent(event.type() + " " + event.id() + " is not readable", ex);
		}
	}

}
