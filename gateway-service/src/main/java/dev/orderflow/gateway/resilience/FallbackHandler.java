package dev.orderflow.gateway.resilience;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;

import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.Problems;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR;

/**
 * Target of the routes' circuit breaker {@code fallbackUri}
 * ({@code forward:/fallback/<service>}), for every method: answers with the problem of
 * {@link FallbackProblems}. Reached directly by a client it is just an unknown path.
 */
class FallbackHandler implements HandlerFunction<ServerResponse> {

	/** Path of the fallbacks; the last segment names the service. */
	public static final String PATH = "/fallback/{service}";

	private static final Logger log = LoggerFactory.getLogger(FallbackHandler.class);

	private final ProblemWriter writer;

	private final Duration retryAfter;

	public FallbackHandler(ProblemWriter writer, Duration retryAfter) {
		this.writer = writer;
		this.retryAfter = retryAfter;
	}

	@Override
	public Mono<ServerResponse> handle(ServerRequest request) {
		ServerWebExchange exchange = request.exchange();
		Throwable failure = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		if (failure == null) {
			return respond(exchange, Problems.of(HttpStatus.NOT_FOUND, "No resource at this path."), new HttpHeaders());
		}
		String path = originalPath(exchange);
		log.warn("{} {} failed in the gateway: {}", request.method(), path, failure.toString());
		ProblemDetail problem = FallbackProblems.of(request.pathVariable("service"), failure, this.retryAfter);
		problem.setInstance(URI.create(path));
		HttpHeaders headers = new HttpHeaders();
		if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(this.retryAfter.toSeconds()));
		}
		return respond(exchange, problem, headers);
	}

	private Mono<ServerResponse> respond(ServerWebExchange exchange, ProblemDetail problem, HttpHeaders headers) {
		return ServerResponse.status(HttpStatusCode.valueOf(problem.getStatus()))
			.headers((target) -> target.addAll(headers))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(this.writer.complete(exchange, problem));
	}

	/** The path the client asked for, not the forward target. */
	private static String originalPath(ServerWebExchange exchange) {
		Set<URI> original = exchange.getAttribute(GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
		return (original != null && !original.isEmpty()) ? original.iterator().next().getRawPath()
				: exchange.getRequest().getPath().value();
	}

}
