package dev.orderflow.user.auth;

/** A suspended user tried to log in or refresh. */
class AccountSuspended extends RuntimeException {

	public AccountSuspended() {
		super("This account is suspended.");
	}

}
