package dev.orderflow.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates event payloads against their contract. Unknown fields are allowed (consumers
 * ignore them: within a major version only optional fields are added); missing required
 * fields, wrong types and values outside an enumeration are not.
 */
public final class EventContracts {

	private static final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

	private static final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
		.formatAssertionsEnabled(true)
		.build();

	private static final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

	private EventContracts() {
	}

	/**
	 * What is wrong with a payload, nothing when it honours the contract.
	 * @param topic the topic, e.g. {@code orders.order.v1}
	 * @param type the event type ({@code ce_type}), e.g. {@code OrderCreated}
	 * @param json the payload
	 * @return the violations, empty when valid
	 */
	public static List<String> violations(String topic, String type, String json) {
		return schema(topic, type).validate(json, InputFormat.JSON)
			.stream()
			.map(ValidationMessage::getMessage)
			.sorted()
			.toList();
	}

	/**
	 * Fails unless the payload honours the contract.
	 * @param topic the topic
	 * @param type the event type
	 * @param json the payload
	 */
	public static void assertValid(String topic, String type, String json) {
		List<String> violations = violations(topic, type, json);
		if (!violations.isEmpty()) {
			throw new ContractViolation(topic, type, violations);
		}
	}

	/**
	 * Whether a contract exists for a type on a topic.
	 * @param topic the topic
	 * @param type the event type
	 * @return true if there is a schema
	 */
	public static boolean exists(String topic, String type) {
		return EventContracts.class.getClassLoader().getResource(path(topic, type)) != null;
	}

	private static JsonSchema schema(String topic, String type) {
		return schemas.computeIfAbsent(topic + "/" + type, (key) -> {
			try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(path(topic, type))) {
				if (in == null) {
					throw new IllegalArgumentException("No contract for " + type + " on " + topic);
				}
				return factory.getSchema(in, config);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static String path(String topic, String type) {
		return "contracts/" + topic + "/" + type + ".schema.json";
	}

}
