package dev.orderflow.user.auth;

/** A refresh token that is unknown, expired, revoked or was already used. */
class InvalidRefreshToken extends RuntimeException {

	public InvalidRefreshToken() {
		super("The refresh token is invalid, expired or already used; log in again.");
	}

}
