package dev.orderflow.order.order.web;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import dev.orderflow.order.order.Requester;

/** Who calls, from the access token only: identity never comes from a client header. */
final class Requesters {

	private static final String ADMIN = "ROLE_ADMIN";

	private Requesters() {
	}

	static Requester of(JwtAuthenticationToken token) {
		return new Requester(userId(token),
				token.getAuthorities().stream().anyMatch((authority) -> ADMIN.equals(authority.getAuthority())));
	}

	private static UUID userId(JwtAuthenticationToken token) {
		try {
			return UUID.fromString(token.getName());
		}
		catch (IllegalArgumentException ex) {
			// user-service's subjects are user ids; anything else is not a customer
			throw new AccessDeniedException("The access token's subject is not a user id");
		}
	}

}
