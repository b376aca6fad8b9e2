package dev.orderflow.platform.web;

import java.net.URI;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes a problem outside of a controller (exception handlers, security, gateway
 * filters) with the application's own codecs, so the body reads exactly like a
 * controller's.
 */
public class ProblemWriter {

	private final List<HttpMessageWriter<?>> writers;

	private final TraceIds traceIds;

	public ProblemWriter(ServerCodecConfigurer codecs, TraceIds traceIds) {
		this.writers = codecs.getWriters();
		this.traceIds = traceIds;
	}

	/**
	 * Completes the exchange with the problem, adding {@code instance} and
	 * {@code traceId}.
	 * @param exchange the exchange to answer
	 * @param problem the problem to write
	 * @return completes when written
	 */
	public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
		return write(exchange, problem, new HttpHeaders());
	}

	public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, HttpHeaders extraHeaders) {
		complete(exchange, problem);
		return ServerResponse.status(HttpStatusCode.valueOf(problem.getStatus()))
			.headers((headers) -> headers.addAll(extraHeaders))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(problem)
			.flatMap((response) -> response.writeTo(exchange, new Context()));
	}

	/**
	 * Adds the fields every problem carries: {@code instance} (the request path) and
	 * {@code traceId}.
	 * @param exchange the exchange that failed
	 * @param problem the problem to complete
	 * @return the same problem
	 */
	public ProblemDetail complete(ServerWebExchange exchange, ProblemDetail problem) {
		if (problem.getInstance() == null) {
			problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		}
		if (problem.getProperties() == null || !problem.getProperties().containsKey("traceId")) {
			problem.setProperty("traceId", this.traceIds.of(exchange));
		}
		return problem;
	}

	/**
	 * The response of a {@code @RestControllerAdvice} handler for a domain failure: a
	 * problem of a stable type whose detail is the exception's message (domain exceptions
	 * say what went wrong in words for the client).
	 * @param exchange the exchange that failed
	 * @param status the status
	 * @param type the problem type's slug ({@link ProblemTypes#of})
	 * @param title the problem type's title
	 * @param ex the domain exception
	 * @return the response
	 */
	public ResponseEntity<ProblemDetail> entity(ServerWebExchange exchange, HttpStatus status, String type,
			String title, RuntimeException ex) {
		return entity(exchange, status, type, title, ex, HttpHeaders.EMPTY);
	}

	/**
	 * {@link #entity(ServerWebExchange, HttpStatus, String, String, RuntimeException)}
	 * with headers the status calls for ({@code WWW-Authenticate} with a 401,
	 * {@code Retry-After} with a 503).
	 * @param exchange the exchange that failed
	 * @param status the status
	 * @param type the problem type's slug ({@link ProblemTypes#of})
	 * @param title the problem type's title
	 * @param ex the domain exception
	 * @param headers the response's headers
	 * @return the response
	 */
	public ResponseEntity<ProblemDetail> entity(ServerWebExchange exchange, HttpStatus status, String type,
			String title, RuntimeException ex, HttpHeaders headers) {
		ProblemDetail problem = complete(exchange, Problems.of(status, ProblemTypes.of(type), title, ex.getMessage()));
		return ResponseEntity.status(status).headers(headers).body(problem);
	}

	private final class Context implements ServerResponse.Context {

		@Override
		public List<HttpMessageWriter<?>> messageWriters() {
			return ProblemWriter.this.writers;
		}

		@Override
		public List<ViewResolver> viewResolvers() {
			return HandlerStrategies.withDefaults().viewResolvers();
		}

	}

}
