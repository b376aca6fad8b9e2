package dev.orderflow.user.account;

import java.util.UUID;

/** No user has the given id. */
class UserNotFound extends RuntimeException {

	public UserNotFound(UUID id) {
		super("No user with id " + id + ".");
	}

}
