package dev.orderflow.gateway.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import dev.orderflow.platform.web.Problems;

/**
 * The problem for an error status that a gateway or security filter set without writing a
 * body: the request size limit, the rate limiter, CORS and firewall rejections.
 */
final class ErrorStatusProblems {

	private ErrorStatusProblems() {
	}

	/**
	 * Describes an error status in words a client can act on.
	 * @param status the status the filter set
	 * @param headers the response headers so far ({@code Retry-After} is quoted)
	 * @return the problem
	 */
	public static ProblemDetail of(HttpStatusCode status, HttpHeaders headers) {
		return Problems.of(status, detail(status, headers.getFirst(HttpHeaders.RETRY_AFTER)));
	}

	private static String detail(HttpStatusCode status, String retryAfter) {
		return switch (status.value()) {
			case 400 -> "The request is malformed.";
			case 403 -> "The request is not allowed (for example, a cross-origin request from an origin not allowed).";
			case 413 -> "The request body is larger than this API accepts.";
			case 429 -> (retryAfter != null) ? "Too many requests; retry after %s second(s).".formatted(retryAfter)
					: "Too many requests; slow down.";
			case 503 -> "The service is unavailable; retry later.";
			case 504 -> "The service did not answer in time.";
			default -> (status.is5xxServerError()) ? "The server could not complete the request."
					: "The request could not be served.";
		};
	}

}
