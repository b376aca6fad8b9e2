package dev.orderflow.notification.stream;

import java.util.UUID;

/**
 * Word that a notification was committed.
 *
 * @param userId whose it is
 * @param seq its position
 */
record Arrival(UUID userId, long seq) {

	/**
	 * Reads the NOTIFY payload {@code <userId>:<seq>}; anything else is a bare wake-up.
	 */
	static Arrival parse(String payload) {
		int colon = payload.indexOf(':');
		try {
			return new Arrival(UUID.fromString(payload.substring(0, colon)),
					Long.parseLong(payload.substring(colon + 1)));
		}
		catch (RuntimeException ex) {
			return new Arrival(null, 0);
		}
	}

}
