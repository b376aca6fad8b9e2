package dev.orderflow.platform.web.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

import dev.orderflow.platform.web.ProblemTypes;
import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.Problems;

/** 401 problem+json with a {@code WWW-Authenticate: Bearer} challenge (RFC 6750). */
public class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

	private final ProblemWriter writer;

	public ProblemAuthenticationEntryPoint(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		boolean tokenSent = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
		String detail = tokenSent ? "The access token is invalid or expired."
				: "This resource needs an access token (Authorization: Bearer ...).";
		return this.writer.write(exchange,
				Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, "Unauthorized", detail), headers);
	}

}
