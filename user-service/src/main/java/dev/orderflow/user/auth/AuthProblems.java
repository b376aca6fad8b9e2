package dev.orderflow.user.auth;

import java.time.Clock;
import java.time.Duration;

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

	private final Clock clock;

	AuthProblems(ProblemWriter problems, Clock clock) {
		this.problems = problems;
		this.clock = clock;
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

	/** The same problem as the account's own 404. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> noSuchAccount(NoSuchAccount ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.NOT_FOUND, "user-not-found", "User not found", ex);
	}

	/** 429 with {@code Retry-After}: the lock's end, in whole seconds, rounded up. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> locked(SignInLocked ex, ServerWebExchange exchange) {
		HttpHeaders headers = new HttpHeaders();
		long seconds = Math.max(1, Duration.between(this.clock.instant(), ex.until()).toMillis() / 1000 + 1);
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		return this.problems.entity(exchange, HttpStatus.TOO_MANY_REQUESTS, "sign-in-locked", "Sign-in locked", ex,
				headers);
	}

	private ResponseEntity<ProblemDetail> unauthorized(ServerWebExchange exchange, String type, String title,
			RuntimeException ex) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return this.problems.entity(exchange, HttpStatus.UNAUTHORIZED, type, title, ex, headers);
	}

}
