package dev.orderflow.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the problem bodies of docs/architecture.md: RFC 9457 plus {@code errors} for
 * validation.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

	/**
	 * A problem of the generic type and title of its status.
	 * @param status the HTTP status
	 * @param detail what went wrong, in words for the client
	 * @return the problem
	 */
	public static ProblemDetail of(HttpStatusCode status, String detail) {
		HttpStatus known = HttpStatus.resolve(status.value());
		String title = (known != null) ? known.getReasonPhrase() : "HTTP " + status.value();
		return of(status, ProblemTypes.forStatus(status.value()), title, detail);
	}

	/**
	 * A validation problem listing every rejected field.
	 * @param status 400 for malformed input, 422 for well-formed but unacceptable input
	 * @param errors the rejected fields
	 * @return the problem
	 */
	public static ProblemDetail validation(HttpStatusCode status, List<FieldError> errors) {
		ProblemDetail problem = of(status, ProblemTypes.VALIDATION, "Invalid request",
				"The request has %d invalid field(s).".formatted(errors.size()));
		problem.setProperty("errors",
				errors.stream().map(error -> Map.of("field", error.field(), "message", error.message())).toList());
		return problem;
	}

	/**
	 * One rejected input field.
	 *
	 * @param field the field path as the client sent it
	 * @param message why it was rejected
	 */
	public record FieldError(String field, String message) {

	}

}
