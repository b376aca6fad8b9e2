package dev.orderflow.platform.web;

import java.net.URI;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
