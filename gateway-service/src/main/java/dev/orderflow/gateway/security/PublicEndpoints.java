package dev.orderflow.gateway.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.pathMatchers;

/**
 * The requests that need no access token (docs/architecture.md): obtaining a token, the
 * keys to check one, the catalogue, the API docs and the health probes. Everything else
 * needs a valid token at the edge; roles are checked by the services.
 */
final class PublicEndpoints {

	private PublicEndpoints() {
	}

	public static ServerWebExchangeMatcher matcher() {
		return new OrServerWebExchangeMatcher(
				pathMatchers(HttpMethod.POST, "/api/auth/register", "/api/auth/login", "/api/auth/refresh"),
				pathMatchers(HttpMethod.GET, "/.well-known/jwks.json", "/api/products/**"),
				pathMatchers(HttpMethod.GET, "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/webjars/**"),
				pathMatchers(HttpMethod.GET, "/actuator/health/**"));
	}

}
