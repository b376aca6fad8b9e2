package dev.orderflow.gateway.resilience;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;

import dev.orderflow.platform.web.ProblemTypes;
import dev.orderflow.platform.web.Problems;

/**
 * The problem a client gets when a call to a service failed at the gateway. A time-out is
 * a 504 (the service may have done the work, so the client should check before repeating
 * a write); anything else (no instance, connection refused, open circuit, bulkhead full)
 * is a 503 that is safe to retry after a pause.
 */
final class FallbackProblems {

	private FallbackProblems() {
	}

	/**
	 * @param service the service the route leads to
	 * @param failure why the call failed (the circuit breaker's execution exception)
	 * @param retryAfter the pause to suggest for a 503
	 * @return the problem, with {@code retryAfter} as a property for 503s
	 */
	public static ProblemDetail of(String service, Throwable failure, Duration retryAfter) {
		if (isTimeout(failure)) {
			return Problems.of(HttpStatus.GATEWAY_TIMEOUT, ProblemTypes.GATEWAY_TIMEOUT, "Gateway Timeout",
					"The %s did not answer in time. The request may still take effect; check before repeating it."
						.formatted(service));
		}
		return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE, "Service Unavailable",
				"The %s is unavailable; retry after %d second(s).".formatted(service, retryAfter.toSeconds()));
	}

	static boolean isTimeout(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TimeoutException) {
				return true;
			}
			if (cause instanceof ResponseStatusException status
					&& status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
				return true;
			}
		}
		return false;
	}

}
