package dev.orderflow.gateway.routing;

import java.util.List;

final class IdentityHeadersFixtures {

	private IdentityHeadersFixtures() {
	}

	/** The defaults of {@code gateway.identity-headers}. */
	static IdentityHeaders defaults() {
		return new IdentityHeaders(List.of("X-User-Id", "X-User-Roles", "X-User-Email", "X-Authenticated-User",
				"X-Forwarded-User", "X-Remote-User", "Remote-User"), List.of("X-User-"));
	}

}
