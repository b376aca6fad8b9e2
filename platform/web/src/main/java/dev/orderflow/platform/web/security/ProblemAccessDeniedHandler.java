package dev.orderflow.platform.web.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import dev.orderflow.platform.web.ProblemTypes;
import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.Problems;

/** 403 problem+json for an authenticated caller without the needed role. */
public class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

	private final ProblemWriter writer;

	public ProblemAccessDeniedHandler(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return this.writer.write(exchange, Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
				"Your account is not allowed to do this."));
	}

}
