package dev.orderflow.notification.web;

import jakarta.validation.constraints.NotNull;

import dev.orderflow.notification.contact.Preferences;

/**
 * {@code PUT /api/notifications/preferences}: the whole set of choices.
 *
 * @param email whether to send notifications by email too
 */
record PreferencesRequest(@NotNull Boolean email) {

	Preferences toPreferences() {
		return new Preferences(this.email);
	}

}
