package dev.orderflow.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import dev.orderflow.platform.web.ProblemWriter;

/**
 * Turns empty error responses into problem+json. Several library filters (request size,
 * rate limiter, CORS, the firewall) answer an error with a status and
 * {@code setComplete()}, which would leave the client an empty body. The response is
 * decorated so that such a completion writes a problem instead; an error status that
 * nobody completed is answered the same way once the chain is done. Bodies written by
 * services or error handlers pass through untouched.
 */
class ProblemResponseFilter implements WebFilter, Ordered {

	/** Non-standard header of Spring Cloud Gateway's request size filter. */
	private static final String LIBRARY_ERROR_HEADER = "errorMessage";

	private final ProblemWriter writer;

	public ProblemResponseFilter(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public int getOrder() {
		// right after the request id, before Spring Security (-100)
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpResponse original = exchange.getResponse();
		ServerWebExchange decorated = exchange.mutate().response(new ProblemOnEmptyError(original, exchange)).build();
		return chain.filter(decorated).then(Mono.defer(() -> writeIfEmptyError(exchange)));
	}

	private Mono<Void> writeIfEmptyError(ServerWebExchange exchange) {
		ServerHttpResponse response = exchange.getResponse();
		HttpStatusCode status = response.getStatusCode();
		if (response.isCommitted() || status == null || !status.isError()) {
			return Mono.empty();
		}
		response.getHeaders().remove(LIBRARY_ERROR_HEADER);
		return this.writer.write(exchange, ErrorStatusProblems.of(status, response.getHeaders()));
	}

	private final class ProblemOnEmptyError extends ServerHttpResponseDecorator {

		private final ServerWebExchange exchange;

		ProblemOnEmptyError(ServerHttpResponse delegate, ServerWebExchange exchange) {
			super(delegate);
			this.exchange = exchange;
		}

		@Override
		public Mono<Void> setComplete() {
			return Mono.defer(() -> {
				HttpStatusCode status = getStatusCode();
				if (isCommitted() || status == null || !status.isError()) {
					return super.setComplete();
				}
				// the original exchange writes to the undecorated response: no recursion
				return writeIfEmptyError(this.exchange);
			});
		}

	}

}
