package dev.orderflow.platform.web.security;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who calls, from the validated access token only: identity never comes from a client
 * header (zero trust, docs/architecture.md).
 */
public final class Callers {

	private static final String ADMIN = "ROLE_ADMIN";

	private Callers() {
	}

	/**
	 * @param token the caller's validated access token
	 * @return the user id in its subject
	 * @throws AccessDeniedException (403) when the subject is not a user id: user-service
	 * issues tokens to users only, so such a caller owns nothing here
	 */
	public static UUID userId(JwtAuthenticationToken token) {
		try {
			return UUID.fromString(token.getName());
		}
		catch (IllegalArgumentException ex) {
			throw new AccessDeniedException("The access token's subject is not a user id");
		}
	}

	/**
	 * @param token the caller's validated access token
	 * @return whether its roles include ADMIN
	 */
	public static boolean isAdmin(JwtAuthenticationToken token) {
		return token.getAuthorities().stream().anyMatch((authority) -> ADMIN.equals(authority.getAuthority()));
	}

}
