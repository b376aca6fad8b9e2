package dev.orderflow.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import dev.orderflow.platform.web.RequestIds;

/**
 * Gives every exchange an {@code X-Request-Id}: on the request forwarded to the service
 * and on the response, whoever writes it (service, security, a gateway filter or an error
 * handler). Runs first so that every later step sees the id.
 */
class RequestIdFilter implements WebFilter, Ordered {

	/** Exchange attribute holding the id, for code that only sees the exchange. */
	public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	private final RequestIdPolicy policy;

	public RequestIdFilter(RequestIdPolicy policy) {
		this.policy = policy;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String id = this.policy.idFor(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
		exchange.getAttributes().put(ATTRIBUTE, id);
		exchange.getResponse().beforeCommit(() -> {
			// set late: a proxied response may carry the service's copy of the header
			exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
			return Mono.empty();
		});
		ServerWebExchange withId = exchange.mutate()
			.request((request) -> request.headers((headers) -> headers.set(RequestIds.HEADER, id)))
			.build();
		return chain.filter(withId);
	}

}
