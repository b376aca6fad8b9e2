package dev.orderflow.user.credit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import dev.orderflow.platform.web.ProblemWriter;

/** The credit's failures as problem+json with a stable type. */
@RestControllerAdvice
class CreditProblems {

	private final ProblemWriter problems;

	CreditProblems(ProblemWriter problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> limitBelowReserved(LimitBelowReservedCredit ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.CONFLICT, "limit-below-reserved",
				"Limit below reserved credit", ex);
	}

}
