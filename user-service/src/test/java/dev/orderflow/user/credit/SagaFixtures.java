package dev.orderflow.user.credit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import dev.orderflow.contracts.EventContracts;

/** Order events as order-service publishes them; every fixture honours its contract. */
final class SagaFixtures {

	static final String ORDERS = "orders.order.v1";

	private SagaFixtures() {
	}

	static ProducerRecord<String, String> orderCreated(UUID orderId, UUID userId, String total) {
		return record("OrderCreated", orderId, """
				{"orderId": "%s", "userId": "%s",
				 "items": [{"productId": "11111111-1111-4111-8111-111111111111", "sku": "MUG-01", "name": "Mug",
				            "quantity": 1, "unitPrice": {"amount": "%s", "currency": "EUR"}}],
				 "total": {"amount": "%s", "currency": "EUR"}, "occurredAt": "2026-11-21T10:00:00Z"}
				""".formatted(orderId, userId, total, total));
	}

	static ProducerRecord<String, String> orderRejected(UUID orderId, UUID userId, String total, String reason) {
		return record("OrderRejected", orderId, """
				{"orderId": "%s", "userId": "%s", "reason": "%s", "total": {"amount": "%s", "currency": "EUR"},
				 "occurredAt": "2026-11-21T10:00:30Z"}
				""".formatted(orderId, userId, reason, total));
	}

	static ProducerRecord<String, String> orderCancelled(UUID orderId, UUID userId, String total) {
		return record("OrderCancelled", orderId, """
				{"orderId": "%s", "userId": "%s", "previousStatus": "APPROVED",
				 "total": {"amount": "%s", "currency": "EUR"}, "occurredAt": "2026-11-21T10:01:00Z"}
				""".formatted(orderId, userId, total));
	}

	static ProducerRecord<String, String> withId(ProducerRecord<String, String> record, String eventId) {
		ProducerRecord<String, String> copy = new ProducerRecord<>(record.topic(), record.key(), record.value());
		record.headers().forEach((header) -> {
			if (!header.key().equals("ce_id")) {
				copy.headers().add(header);
			}
		});
		copy.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
		return copy;
	}

	private static ProducerRecord<String, String> record(String type, UUID orderId, String json) {
		EventContracts.assertValid(ORDERS, type, json);
		ProducerRecord<String, String> record = new ProducerRecord<>(ORDERS, orderId.toString(), json);
		header(record, "ce_id", UUID.randomUUID().toString());
		header(record, "ce_type", type);
		header(record, "ce_source", "/order-service");
		header(record, "ce_specversion", "1.0");
		header(record, "ce_subject", orderId.toString());
		header(record, "content-type", "application/json");
		return record;
	}

	private static void header(ProducerRecord<String, String> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
