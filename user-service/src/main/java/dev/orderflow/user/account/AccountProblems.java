package dev.orderflow.user.account;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import dev.orderflow.platform.web.ProblemWriter;

/** The accounts' failures as problem+json with a stable type. */
@RestControllerAdvice
class AccountProblems {

	private final ProblemWriter problems;

	AccountProblems(ProblemWriter problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> emailTaken(EmailAlreadyRegistered ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.CONFLICT, "email-taken", "Email already registered", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> userNotFound(UserNotFound ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.NOT_FOUND, "user-not-found", "User not found", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> wrongCurrency(WrongCurrency ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.UNPROCESSABLE_CONTENT, "wrong-currency", "Wrong currency", ex);
	}

}
