package dev.orderflow.gateway.resilience;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

class FallbackProblemsTest {

	private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	@Test
	void reportsATimeLimiterTimeoutAsGatewayTimeout() {
		ProblemDetail problem = FallbackProblems.of("user-service", new TimeoutException("1s"), RETRY_AFTER);

		assertThat(problem.getStatus()).isEqualTo(504);
		assertThat(problem.getType().toString()).isEqualTo("urn:orderflow:problem:gateway-timeout");
		assertThat(problem.getDetail()).contains("user-service").contains("check before repeating");
	}

	@Test
	void reportsTheHttpClientsResponseTimeoutAsGatewayTimeout() {
		ResponseStatusException timeout = new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT,
				"Response took longer than timeout");

		assertThat(FallbackProblems.of("order-service", timeout, RETRY_AFTER).getStatus()).isEqualTo(504);
	}

	@Test
	void reportsARefusedConnectionAsServiceUnavailable() {
		ProblemDetail problem = FallbackProblems.of("user-service",
				new IllegalStateException(new ConnectException("Connection refused")), RETRY_AFTER);

		assertThat(problem.getStatus()).isEqualTo(503);
		assertThat(problem.getType().toString()).isEqualTo("urn:orderflow:problem:service-unavailable");
		assertThat(problem.getDetail()).contains("retry after 10 second(s)");
	}

	@Test
	void reportsAnOpenCircuitAsServiceUnavailable() {
		CallNotPermittedException open = CallNotPermittedException
			.createCallNotPermittedException(CircuitBreaker.ofDefaults("user-service"));

		assertThat(FallbackProblems.of("user-service", open, RETRY_AFTER).getStatus()).isEqualTo(503);
	}

	@Test
	void reportsNoRegisteredInstanceAsServiceUnavailable() {
		NotFoundException none = NotFoundException.create(true, "Unable to find instance for user-service");

		assertThat(FallbackProblems.of("user-service", none, RETRY_AFTER).getStatus()).isEqualTo(503);
	}

}
