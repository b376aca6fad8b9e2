package dev.orderflow.platform.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

	@Test
	void givesEveryStatusTheSystemProducesAStableType() {
		assertThat(ProblemTypes.forStatus(404)).hasToString("urn:orderflow:problem:not-found");
		assertThat(ProblemTypes.forStatus(429)).hasToString("urn:orderflow:problem:too-many-requests");
		assertThat(ProblemTypes.forStatus(503)).hasToString("urn:orderflow:problem:service-unavailable");
		assertThat(ProblemTypes.forStatus(500)).hasToString("urn:orderflow:problem:internal");
		assertThat(ProblemTypes.forStatus(418)).hasToString("urn:orderflow:problem:http-418");
	}

	@Test
	void titlesAGenericProblemWithItsReasonPhrase() {
		ProblemDetail problem = Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "Too big.");

		assertThat(problem.getTitle()).isEqualTo("Content Too Large");
		assertThat(problem.getStatus()).isEqualTo(413);
		assertThat(problem.getDetail()).isEqualTo("Too big.");
	}

	@Test
	void listsEveryRejectedField() {
		ProblemDetail problem = Problems.validation(HttpStatus.BAD_REQUEST,
				List.of(new Problems.FieldError("email", "must be a well-formed email address")));

		assertThat(problem.getProperties()).containsEntry("errors",
				List.of(Map.of("field", "email", "message", "must be a well-formed email address")));
	}

	@Test
	void quotesTheW3cTraceIdWhenTracingIsOff() {
		TraceIds traceIds = new TraceIds(() -> null);
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/x")
			.header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

		assertThat(traceIds.of(exchange)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
	}

	@Test
	void fallsBackToTheRequestId() {
		TraceIds traceIds = new TraceIds(() -> null);
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/x").header(RequestIds.HEADER, "req-123"));

		assertThat(traceIds.of(exchange)).isEqualTo("req-123");
	}

}
