package dev.orderflow.user.auth;

import java.util.UUID;

/**
 * Whose failed sign-ins an attempt counts against: one known device, or every unknown
 * client of the email.
 *
 * @param key the {@code sign_in_failures} row
 * @param userId the account with the email, or null if none has it
 * @param deviceToken the known device's token, or null for an unknown client
 */
record SignInSubject(String key, UUID userId, String deviceToken) {

	static SignInSubject knownDevice(String deviceToken, UUID userId) {
		return new SignInSubject("device:" + RefreshToken.hash(deviceToken), userId, deviceToken);
	}

	/** The email's hash: the table never holds what someone typed as an email. */
	static SignInSubject unknownClientsOf(String normalizedEmail, UUID userId) {
		return new SignInSubject("email:" + RefreshToken.hash(normalizedEmail), userId, null);
	}

	boolean isKnownDevice() {
		return this.deviceToken != null;
	}

}
