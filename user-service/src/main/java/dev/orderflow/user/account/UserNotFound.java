package dev.orderflow.user.account;

import java.util.UUID;

/** No user has the given id. */
public class UserNotFound extends RuntimeException {

	public UserNotFound(UUID id) {
		super("No user with id " + id + ".");
	}

}
