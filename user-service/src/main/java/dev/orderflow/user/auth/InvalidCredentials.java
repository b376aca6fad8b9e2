package dev.orderflow.user.auth;

/** Wrong email or password; deliberately does not say which. */
class InvalidCredentials extends RuntimeException {

	public InvalidCredentials() {
		super("The email or password is wrong.");
	}

}
