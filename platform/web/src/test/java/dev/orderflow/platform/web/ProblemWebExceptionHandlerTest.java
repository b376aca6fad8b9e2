package dev.orderflow.platform.web;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemWebExceptionHandlerTest {

	private final ProblemWebExceptionHandler handler = new ProblemWebExceptionHandler(
			new ProblemWriter(ServerCodecConfigurer.create(), new TraceIds(() -> null)));

	@Test
	void answersADatabaseThatIsAwayWithServiceUnavailableAndRetryAfter() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/orders"));

		this.handler
			.handle(exchange,
					new IllegalStateException(
							new DataAccessResourceFailureException("Failed to obtain R2DBC Connection")))
			.block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
		assertThat(exchange.getResponse().getBodyAsString().block())
			.contains("urn:orderflow:problem:service-unavailable")
			.doesNotContain("R2DBC");
	}

	@Test
	void answersAnythingElseUnexpectedWithInternalServerError() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/x"));

		this.handler.handle(exchange, new IllegalStateException("boom")).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(exchange.getResponse().getBodyAsString().block()).doesNotContain("boom");
	}

}
