package dev.orderflow.user.auth;

import java.util.UUID;

/** An administrator asked for the sign-in locks of an account that does not exist. */
class NoSuchAccount extends RuntimeException {

	NoSuchAccount(UUID id) {
		super("No user with id " + id + ".");
	}

}
