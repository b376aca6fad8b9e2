package dev.orderflow.gateway.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

import static org.assertj.core.api.Assertions.assertThat;

class PublicEndpointsTest {

	private final ServerWebExchangeMatcher publicEndpoints = PublicEndpoints.matcher();

	@ParameterizedTest
	@CsvSource({ "POST, /api/auth/register", "POST, /api/auth/login", "POST, /api/auth/refresh",
			"GET, /.well-known/jwks.json", "GET, /api/products", "GET, /api/products/42", "GET, /swagger-ui.html",
			"GET, /swagger-ui/index.html", "GET, /v3/api-docs/user-service", "GET, /webjars/swagger-ui/x.js",
			"GET, /actuator/health", "GET, /actuator/health/readiness" })
	void needsNoToken(HttpMethod method, String path) {
		assertThat(isPublic(method, path)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "POST, /api/auth/logout", "GET, /api/users/me", "GET, /api/users", "PATCH, /api/users/1",
			"POST, /api/products", "PATCH, /api/products/42", "POST, /api/orders", "GET, /api/orders/1",
			"GET, /api/notifications/stream", "GET, /actuator/prometheus", "GET, /actuator/env", "GET, /api/auth/login",
			"DELETE, /.well-known/jwks.json", "GET, /fallback/user-service" })
	void needsAToken(HttpMethod method, String path) {
		assertThat(isPublic(method, path)).isFalse();
	}

	private boolean isPublic(HttpMethod method, String path) {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.method(method, path));
		return this.publicEndpoints.matches(exchange).block().isMatch();
	}

}
