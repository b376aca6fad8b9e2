package dev.orderflow.gateway.routing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/** Removes client-sent {@link IdentityHeaders} from every routed request. */
class IdentityHeaderFilter implements GlobalFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(IdentityHeaderFilter.class);

	private final IdentityHeaders identityHeaders;

	public IdentityHeaderFilter(IdentityHeaders identityHeaders) {
		this.identityHeaders = identityHeaders;
	}

	@Override
	public int getOrder() {
		// before every route filter (they are ordered 1, 2, ...), so none sees the
		// headers
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		boolean present = exchange.getRequest()
			.getHeaders()
			.headerNames()
			.stream()
			.anyMatch(this.identityHeaders::isIdentityHeader);
		if (!present) {
			return chain.filter(exchange);
		}
		ServerHttpRequest stripped = exchange.getRequest().mutate().headers((headers) -> {
			// a client sending these is probing or misconfigured: worth a line, not more
			log.debug("Removed client identity headers {} from {}", this.identityHeaders.strip(headers),
					exchange.getRequest().getPath());
		}).build();
		return chain.filter(exchange.mutate().request(stripped).build());
	}

}
