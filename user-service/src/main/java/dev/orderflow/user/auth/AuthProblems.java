package dev.orderflow.user.auth;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import dev.orderflow.platform.web.ProblemWriter;

/**
 * The sign-in's failures as problem+json with a stable type; a 401 names its scheme
 * ({@code WWW-Authenticate: Bearer}, RFC 6750).
 */
@RestControllerAdvice
class AuthProblems {

	private final ProblemWriter problems;

	AuthProblems(ProblemWriter problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidCredentials(InvalidCredentials ex, ServerWebExchange exchange) {
		return unauthorized(exchange, "invalid-credentials", "Invalid credentials", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidRefreshToken(InvalidRefreshToken ex, ServerWebExchange exchange) {
		return unauthorized(exchange, "invalid-refresh-token", "Invalid refresh token", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> suspended(AccountSuspended ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.FORBIDDEN, "account-suspended", "Account suspended", ex);
	}

	private ResponseEntity<ProblemDetail> unauthorized(ServerWebExchange exchange, String type, String title,
			RuntimeException ex) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return this.problems.entity(exchange, HttpStatus.UNAUTHORIZED, type, title, ex, headers);
	}

}
