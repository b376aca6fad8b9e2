package dev.orderflow.gateway.security;

import java.net.InetSocketAddress;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

/**
 * Matches requests received on one local port. Lets metrics be scraped without a token on
 * the management port, which deployments keep off the public network, while the same path
 * on the public port still needs one.
 */
class LocalPortMatcher implements ServerWebExchangeMatcher {

	private final int port;

	public LocalPortMatcher(int port) {
		this.port = port;
	}

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		InetSocketAddress local = exchange.getRequest().getLocalAddress();
		return (local != null && local.getPort() == this.port) ? MatchResult.match() : MatchResult.notMatch();
	}

}
