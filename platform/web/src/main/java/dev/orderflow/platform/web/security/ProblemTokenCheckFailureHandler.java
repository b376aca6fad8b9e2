package dev.orderflow.platform.web.security;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;

import dev.orderflow.platform.web.ProblemTypes;
import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.Problems;

/**
 * For a resource server whose token checks need keys fetched from elsewhere: a bad token
 * is the client's problem (401 through the entry point); failing to check a token because
 * the keys cannot be fetched is ours, and temporary: 503 with {@code Retry-After}, not
 * Spring Security's default of rethrowing into a 500.
 */
public class ProblemTokenCheckFailureHandler implements ServerAuthenticationFailureHandler {

	private final ServerAuthenticationEntryPoint entryPoint;

	private final ProblemWriter writer;

	private final Duration retryAfter;

	public ProblemTokenCheckFailureHandler(ServerAuthenticationEntryPoint entryPoint, ProblemWriter writer,
			Duration retryAfter) {
		this.entryPoint = entryPoint;
		this.writer = writer;
		this.retryAfter = retryAfter;
	}

	@Override
	public Mono<Void> onAuthenticationFailure(WebFilterExchange filterExchange, AuthenticationException failure) {
		if (!(failure instanceof AuthenticationServiceException)) {
			return this.entryPoint.commence(filterExchange.getExchange(), failure);
		}
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(this.retryAfter.toSeconds()));
		return this.writer.write(filterExchange.getExchange(),
				Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE, "Service Unavailable",
						"Access tokens cannot be checked right now; retry after %d second(s)."
							.formatted(this.retryAfter.toSeconds())),
				headers);
	}

}
