package dev.orderflow.platform.messaging.inbox;

/**
 * A record that can never be processed (no event id, unreadable payload, unknown type):
 * retrying is pointless, so it goes straight to the dead-letter topic.
 */
public class MalformedEvent extends RuntimeException {

	public MalformedEvent(String message) {
		super(message);
	}

	public MalformedEvent(String message, Throwable cause) {
		super(message, cause);
	}

}
