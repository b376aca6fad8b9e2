package dev.orderflow.platform.messaging.outbox;

import java.util.Objects;
import java.util.UUID;

/**
 * An event to publish once the transaction that raised it commits.
 *
 * @param id the event id ({@code ce_id}); consumers deduplicate on it
 * @param topic where it goes
 * @param aggregateType the kind of aggregate that raised it (Debezium
 * {@code aggregatetype})
 * @param aggregateId the aggregate's id; also the record key, so one aggregate's events
 * stay in order
 * @param type the event type ({@code ce_type}), a stable name, never a Java class name
 * @param payload the event data, serialized as JSON
 */
public record OutboxEvent(UUID id, String topic, String aggregateType, String aggregateId, String type,
		Object payload) {

	public OutboxEvent {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(aggregateType, "aggregateType");
		Objects.requireNonNull(aggregateId, "aggregateId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(payload, "payload");
	}

	public static OutboxEvent of(String topic, String aggregateType, Object aggregateId, String type, Object payload) {
		return new OutboxEvent(UUID.randomUUID(), topic, aggregateType, String.valueOf(aggregateId), type, payload);
	}

}
