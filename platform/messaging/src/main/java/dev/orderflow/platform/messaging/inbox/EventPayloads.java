package dev.orderflow.platform.messaging.inbox;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON data of a received event into the record a consumer keeps of it. A
 * payload that cannot be read is a {@link MalformedEvent}: dead-lettered, while the
 * partition keeps flowing. A record checks in its compact constructor that it has what
 * its consumer needs, throwing a {@link MalformedEvent} that names what is missing;
 * unknown fields are ignored (a producer may add optional fields within a topic version).
 */
public class EventPayloads {

	private final JsonMapper json;

	public EventPayloads(JsonMapper json) {
		this.json = json;
	}

	/**
	 * @param event the received event
	 * @param type the consumer's record of its data
	 * @param <T> that record
	 * @return the data
	 * @throws MalformedEvent when the data is missing, not JSON, not of that shape, or
	 * lacks what the record requires
	 */
	public <T> T read(ReceivedEvent event, Class<T> type) {
		T value;
		try {
			value = this.json.readValue(event.payload(), type);
		}
		catch (JacksonException ex) {
			MalformedEvent incomplete = causeOf(ex);
			String why = (incomplete != null) ? incomplete.getMessage() : "is not readable";
			throw new MalformedEvent(event.type() + " " + event.id() + " " + why, ex);
		}
		if (value == null) {
			throw new MalformedEvent(event.type() + " " + event.id() + " has no data");
		}
		return value;
	}

	private static MalformedEvent causeOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MalformedEvent malformed) {
				return malformed;
			}
		}
		return null;
	}

}
