package dev.orderflow.gateway.web;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import dev.orderflow.platform.web.RequestIds;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTest {

	private final RequestIdFilter filter = new RequestIdFilter(new RequestIdPolicy(() -> "generated"));

	@Test
	void forwardsAndReturnsTheClientsWellFormedId() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/users/me").header(RequestIds.HEADER, "client-id-1"));
		AtomicReference<ServerWebExchange> forwarded = new AtomicReference<>();

		this.filter.filter(exchange, (next) -> {
			forwarded.set(next);
			return next.getResponse().setComplete();
		}).block();

		assertThat(forwarded.get().getRequest().getHeaders().get(RequestIds.HEADER)).containsExactly("client-id-1");
		assertThat(exchange.getResponse().getHeaders().getFirst(RequestIds.HEADER)).isEqualTo("client-id-1");
	}

	@Test
	void replacesAMalformedIdOnTheForwardedRequestAndTheResponse() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/").header(RequestIds.HEADER, "bad id\r\nX-Injected: 1"));
		AtomicReference<ServerWebExchange> forwarded = new AtomicReference<>();

		this.filter.filter(exchange, (next) -> {
			forwarded.set(next);
			return next.getResponse().setComplete();
		}).block();

		assertThat(forwarded.get().getRequest().getHeaders().get(RequestIds.HEADER)).containsExactly("generated");
		assertThat(exchange.getResponse().getHeaders().getFirst(RequestIds.HEADER)).isEqualTo("generated");
		assertThat(exchange.<String>getAttribute(RequestIdFilter.ATTRIBUTE)).isEqualTo("generated");
	}

	@Test
	void overridesAnIdTheServiceWroteOnTheResponse() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/"));

		this.filter.filter(exchange, (next) -> {
			next.getResponse().getHeaders().set(RequestIds.HEADER, "from-service");
			return next.getResponse().setComplete();
		}).block();

		assertThat(exchange.getResponse().getHeaders().get(RequestIds.HEADER)).containsExactly("generated");
	}

	@Test
	void setsTheIdEvenWhenTheChainFails() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/"));

		this.filter.filter(exchange, (next) -> Mono.error(new IllegalStateException("boom")))
			.onErrorResume((ex) -> exchange.getResponse().setComplete())
			.block();

		assertThat(exchange.getResponse().getHeaders().getFirst(RequestIds.HEADER)).isEqualTo("generated");
	}

}
