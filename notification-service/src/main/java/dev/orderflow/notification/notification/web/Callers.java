package dev.orderflow.notification.notification.web;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who calls, from the access token only: identity never comes from a client header. */
final class Callers {

	private Callers() {
	}

	static UUID userId(JwtAuthenticationToken token) {
		try {
			return UUID.fromString(token.getName());
		}
		catch (IllegalArgumentException ex) {
			// user-service's subjects are user ids; anything else has no notifications
			throw new AccessDeniedException("The access token's subject is not a user id");
		}
	}

}
