package dev.orderflow.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import dev.orderflow.contracts.EventContracts;

/**
 * Events as user-service and order-service publish them; every fixture honours its
 * contract.
 */
public final class EventFixtures {

	public static final String ORDERS = "orders.order.v1";

	public static final String USERS = "users.user.v1";

	private EventFixtures() {
	}

	public static ProducerRecord<String, String> userRegistered(UUID userId, String email, String name) {
		return record(USERS, "UserRegistered", userId, """
				{"userId": "%s", "email": "%s", "name": "%s", "status": "ACTIVE", "occurredAt": "%s"}
				""".formatted(userId, email, name, Instant.now()));
	}

	public static ProducerRecord<String, String> userUpdated(UUID userId, String email, String name, String status,
			Instant occurredAt) {
		return record(USERS, "UserUpdated", userId, """
				{"userId": "%s", "email": "%s", "name": "%s", "status": "%s", "occurredAt": "%s"}
				""".formatted(userId, email, name, status, occurredAt));
	}

	public static ProducerRecord<String, String> orderCreated(UUID orderId, UUID userId, String total) {
		return record(ORDERS, "OrderCreated", orderId, """
				{"orderId": "%s", "userId": "%s", "total": {"amount": "%s", "currency": "EUR"},
				 "items": [{"productId": "%s", "sku": "KB-87", "name": "Keyboard", "quantity": 1,
				            "unitPrice": {"amount": "%s", "currency": "EUR"}}],
				 "occurredAt": "2026-11-21T10:00:00Z"}
				""".formatted(orderId, userId, total, UUID.randomUUID(), total));
	}

	public static ProducerRecord<String, String> orderApproved(UUID orderId, UUID userId, String total) {
		return record(ORDERS, "OrderApproved", orderId, """
				{"orderId": "%s", "userId": "%s", "total": {"amount": "%s", "currency": "EUR"},
				 "occurredAt": "2026-11-21T10:00:01Z"}
				""".formatted(orderId, userId, total));
	}

	public static ProducerRecord<String, String> orderRejected(UUID orderId, UUID userId, String total, String reason) {
		return record(ORDERS, "OrderRejected", orderId, """
				{"orderId": "%s", "userId": "%s", "total": {"amount": "%s", "currency": "EUR"}, "reason": "%s",
				 "occurredAt": "2026-11-21T10:00:01Z"}
				""".formatted(orderId, userId, total, reason));
	}

	public static ProducerRecord<String, String> orderCancelled(UUID orderId, UUID userId, String total,
			String previousStatus) {
		return record(ORDERS, "OrderCancelled", orderId, """
				{"orderId": "%s", "userId": "%s", "total": {"amount": "%s", "currency": "EUR"},
				 "previousStatus": "%s", "occurredAt": "2026-11-21T10:01:00Z"}
				""".formatted(orderId, userId, total, previousStatus));
	}

	/**
	 * The same record with another payload, e.g. one that breaks the contract.
	 * @param record a valid record
	 * @param payload the payload to send instead
	 * @return the copy, with the same headers
	 */
	public static ProducerRecord<String, String> withPayload(ProducerRecord<String, String> record, String payload) {
		ProducerRecord<String, String> copy = new ProducerRecord<>(record.topic(), record.key(), payload);
		record.headers().forEach((header) -> copy.headers().add(header));
		return copy;
	}

	public static String eventId(ProducerRecord<String, String> record) {
		return new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
	}

	private static ProducerRecord<String, String> record(String topic, String type, UUID key, String json) {
		EventContracts.assertValid(topic, type, json);
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, key.toString(), json);
		header(record, "ce_id", UUID.randomUUID().toString());
		header(record, "ce_type", type);
		header(record, "ce_source", topic.startsWith("orders") ? "/order-service" : "/user-service");
		header(record, "ce_specversion", "1.0");
		header(record, "ce_subject", key.toString());
		header(record, "content-type", "application/json");
		return record;
	}

	private static void header(ProducerRecord<String, String> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
