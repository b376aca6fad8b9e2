package dev.orderflow.user.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import dev.orderflow.platform.web.ProblemTypes;
import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.Problems;
import dev.orderflow.user.account.EmailAlreadyRegistered;
import dev.orderflow.user.account.UserNotFound;
import dev.orderflow.user.account.web.WrongCurrency;
import dev.orderflow.user.auth.AccountSuspended;
import dev.orderflow.user.auth.InvalidCredentials;
import dev.orderflow.user.auth.InvalidRefreshToken;
import dev.orderflow.user.credit.LimitBelowReservedCredit;

/** Every domain failure of user-service as problem+json with a stable type. */
@RestControllerAdvice
class UserProblems {

	private final ProblemWriter problems;

	UserProblems(ProblemWriter problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> emailTaken(EmailAlreadyRegistered ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.CONFLICT, "email-taken", "Email already registered", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> userNotFound(UserNotFound ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.NOT_FOUND, "user-not-found", "User not found", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidCredentials(InvalidCredentials ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidRefreshToken(InvalidRefreshToken ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.UNAUTHORIZED, "invalid-refresh-token", "Invalid refresh token", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> suspended(AccountSuspended ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.FORBIDDEN, "account-suspended", "Account suspended", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> limitBelowReserved(LimitBelowReservedCredit ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.CONFLICT, "limit-below-reserved", "Limit below reserved credit", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> wrongCurrency(WrongCurrency ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.UNPROCESSABLE_CONTENT, "wrong-currency", "Wrong currency", ex);
	}

	private ResponseEntity<ProblemDetail> problem(ServerWebExchange exchange, HttpStatus status, String type,
			String title, RuntimeException ex) {
		ProblemDetail problem = this.problems.complete(exchange,
				Problems.of(status, ProblemTypes.of(type), title, ex.getMessage()));
		HttpHeaders headers = new HttpHeaders();
		if (status == HttpStatus.UNAUTHORIZED) {
			headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		return ResponseEntity.status(status).headers(headers).body(problem);
	}

}
