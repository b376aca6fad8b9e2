package dev.orderflow.gateway.routing;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityHeaderFilterTest {

	private final IdentityHeaderFilter filter = new IdentityHeaderFilter(IdentityHeadersFixtures.defaults());

	@Test
	void routesTheRequestWithoutClientIdentityHeaders() {
		ServerWebExchange routed = route(MockServerHttpRequest.get("/api/users/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer t")
			.header("X-User-Id", "admin-id")
			.header("X-User-Roles", "ADMIN"));

		assertThat(routed.getRequest().getHeaders().headerNames()).containsExactly(HttpHeaders.AUTHORIZATION);
	}

	@Test
	void routesARequestWithoutIdentityHeadersUnchanged() {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/users/me")
			.header("Accept", "application/json");

		assertThat(route(request).getRequest().getHeaders().getFirst("Accept")).isEqualTo("application/json");
	}

	private ServerWebExchange route(MockServerHttpRequest.BaseBuilder<?> request) {
		AtomicReference<ServerWebExchange> routed = new AtomicReference<>();
		this.filter.filter(MockServerWebExchange.from(request), (exchange) -> {
			routed.set(exchange);
			return Mono.empty();
		}).block();
		return routed.get();
	}

}
