package dev.orderflow.user.auth;

import java.time.Instant;

/** Too many failed sign-ins: this client may not try again before {@code until}. */
class SignInLocked extends RuntimeException {

	private final Instant until;

	SignInLocked(Instant until) {
		super("Too many failed sign-ins for this email from clients it does not know (or from this device):"
				+ " try again after " + until + ", or sign in from a device that signed in before.");
		this.until = until;
	}

	Instant until() {
		return this.until;
	}

}
