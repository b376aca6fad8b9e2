package dev.orderflow.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.security.Principal;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;

/**
 * Whose allowance a request spends: the token subject (user id) when the caller is
 * authenticated, so one user cannot starve the others behind the same address; the client
 * address otherwise (login, registration and other public endpoints).
 */
class CallerKeyResolver implements KeyResolver {

	@Override
	public Mono<String> resolve(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.filter(CallerKeyResolver::isAuthenticatedUser)
			.map((principal) -> "user:" + principal.getName())
			.switchIfEmpty(Mono.fromSupplier(() -> "ip:" + clientAddress(exchange)));
	}

	private static boolean isAuthenticatedUser(Principal principal) {
		return principal instanceof Authentication authentication && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static String clientAddress(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

}
