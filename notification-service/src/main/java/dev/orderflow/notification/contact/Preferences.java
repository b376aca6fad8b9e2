package dev.orderflow.notification.contact;

/**
 * How a user wants to be notified. In-app notifications cannot be switched off.
 *
 * @param email whether notifications are also sent by email
 */
public record Preferences(boolean email) {

	/** What a user who never chose has. */
	public static final Preferences DEFAULTS = new Preferences(true);

}
