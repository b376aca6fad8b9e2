package dev.orderflow.notification.center;

import java.util.UUID;

/** No such notification, or not the caller's: both look the same to the caller. */
public class NotificationNotFound extends RuntimeException {

	public NotificationNotFound(UUID id) {
		super("There is no notification " + id + ".");
	}

}
