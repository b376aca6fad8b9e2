package dev.orderflow.user.account;

/** Registration with an email address that already has an account. */
class EmailAlreadyRegistered extends RuntimeException {

	public EmailAlreadyRegistered(String email) {
		super("An account with email " + email + " already exists.");
	}

}
