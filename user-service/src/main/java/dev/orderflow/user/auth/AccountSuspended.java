package dev.orderflow.user.auth;

/** A suspended user tried to log in or refresh. */
public class AccountSuspended extends RuntimeException {

	public AccountSuspended() {
		super("This account is suspended.");
	}

}
