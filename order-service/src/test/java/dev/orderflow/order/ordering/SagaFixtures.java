package dev.orderflow.order.ordering;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import dev.orderflow.contracts.EventContracts;

/** Credit events as user-service publishes them; every fixture honours its contract. */
public final class SagaFixtures {

	public static final String CREDIT = "users.credit.v1";

	private SagaFixtures() {
	}

	public static ProducerRecord<String, String> creditReserved(UUID orderId, UUID userId, String amount) {
		return record("CreditReserved", orderId, """
				{"orderId": "%s", "userId": "%s", "amount": {"amount": "%s", "currency": "EUR"},
				 "occurredAt": "2026-11-21T10:00:01Z"}
				""".formatted(orderId, userId, amount));
	}

	public static ProducerRecord<String, String> creditRejected(UUID orderId, UUID userId, String amount,
			String reason) {
		return record("CreditRejected", orderId, """
				{"orderId": "%s", "userId": "%s", "amount": {"amount": "%s", "currency": "EUR"}, "reason": "%s",
				 "occurredAt": "2026-11-21T10:00:01Z"}
				""".formatted(orderId, userId, amount, reason));
	}

	public static ProducerRecord<String, String> creditReleased(UUID orderId, UUID userId, String amount) {
		return record("CreditReleased", orderId, """
				{"orderId": "%s", "userId": "%s", "amount": {"amount": "%s", "currency": "EUR"},
				 "occurredAt": "2026-11-21T10:01:01Z"}
				""".formatted(orderId, userId, amount));
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

	/**
	 * The same record under another event id: user-service announcing the same thing
	 * twice, rather than Kafka delivering one event twice.
	 * @param record a record
	 * @return the copy with a new {@code ce_id}
	 */
	public static ProducerRecord<String, String> withNewId(ProducerRecord<String, String> record) {
		ProducerRecord<String, String> copy = new ProducerRecord<>(record.topic(), record.key(), record.value());
		record.headers().forEach((header) -> {
			if (!header.key().equals("ce_id")) {
				copy.headers().add(header);
			}
		});
		header(copy, "ce_id", UUID.randomUUID().toString());
		return copy;
	}

	public static String eventId(ProducerRecord<String, String> record) {
		return new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
	}

	private static ProducerRecord<String, String> record(String type, UUID orderId, String json) {
		EventContracts.assertValid(CREDIT, type, json);
		ProducerRecord<String, String> record = new ProducerRecord<>(CREDIT, orderId.toString(), json);
		header(record, "ce_id", UUID.randomUUID().toString());
		header(record, "ce_type", type);
		header(record, "ce_source", "/user-service");
		header(record, "ce_specversion", "1.0");
		header(record, "ce_subject", orderId.toString());
		header(record, "content-type", "application/json");
		return record;
	}

	private static void header(ProducerRecord<String, String> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
