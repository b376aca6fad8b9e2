package dev.orderflow.gateway.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.TraceIds;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponseFilterTest {

	private final ProblemResponseFilter filter = new ProblemResponseFilter(
			new ProblemWriter(ServerCodecConfigurer.create(), new TraceIds(() -> "trace-1")));

	private final MockServerWebExchange exchange = MockServerWebExchange
		.from(MockServerHttpRequest.post("/api/auth/register"));

	@Test
	void turnsAnEmptyCompletedPayloadTooLargeIntoAProblem() {
		run((exchange) -> {
			exchange.getResponse().setStatusCode(HttpStatus.CONTENT_TOO_LARGE);
			exchange.getResponse().getHeaders().add("errorMessage", "Request size is larger than permissible limit.");
			return exchange.getResponse().setComplete();
		});

		assertThat(this.exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(this.exchange.getResponse().getHeaders().getContentType())
			.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.exchange.getResponse().getHeaders().containsHeader("errorMessage")).isFalse();
		assertThat(body()).contains("\"status\":413")
			.contains("\"type\":\"urn:orderflow:problem:payload-too-large\"")
			.contains("\"instance\":\"/api/auth/register\"")
			.contains("\"traceId\":\"trace-1\"");
	}

	@Test
	void keepsRetryAfterOfARateLimitDenialAndQuotesIt() {
		run((exchange) -> {
			exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
			return exchange.getResponse().setComplete();
		});

		assertThat(this.exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(body()).contains("\"status\":429")
			.contains("urn:orderflow:problem:too-many-requests")
			.contains("retry after 1 second(s)");
	}

	@Test
	void answersAnErrorStatusThatNobodyCompleted() {
		// as Spring's CORS processor does when it rejects an origin
		run((exchange) -> {
			exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
			return Mono.empty();
		});

		assertThat(this.exchange.getResponse().getHeaders().getContentType())
			.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(body()).contains("\"status\":403");
	}

	@Test
	void leavesAnErrorBodyWrittenDownstreamAlone() {
		run((exchange) -> {
			exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
			exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			return exchange.getResponse()
				.writeWith(Mono.just(DefaultDataBufferFactory.sharedInstance
					.wrap("{\"from\":\"service\"}".getBytes(StandardCharsets.UTF_8))));
		});

		assertThat(body()).isEqualTo("{\"from\":\"service\"}");
	}

	@Test
	void leavesASuccessfulEmptyResponseEmpty() {
		run((exchange) -> {
			exchange.getResponse().setStatusCode(HttpStatus.NO_CONTENT);
			return exchange.getResponse().setComplete();
		});

		assertThat(this.exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.exchange.getResponse().getHeaders().getContentType()).isNull();
		assertThat(body()).isEmpty();
	}

	private void run(WebFilterChain chain) {
		this.filter.filter(this.exchange, chain).block();
	}

	private String body() {
		return this.exchange.getResponse().getBodyAsString().blockOptional().orElse("");
	}

}
