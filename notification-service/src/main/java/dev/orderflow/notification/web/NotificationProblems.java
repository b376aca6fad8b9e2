package dev.orderflow.notification.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import dev.orderflow.notification.notification.NotificationNotFound;
import dev.orderflow.platform.web.ProblemTypes;
import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.Problems;

/**
 * Every domain failure of notification-service as problem+json with a stable type; bad
 * input is answered by the platform's handler.
 */
@RestControllerAdvice
class NotificationProblems {

	private final ProblemWriter problems;

	NotificationProblems(ProblemWriter problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notificationNotFound(NotificationNotFound ex, ServerWebExchange exchange) {
		ProblemDetail problem = this.problems.complete(exchange, Problems.of(HttpStatus.NOT_FOUND,
				ProblemTypes.of("notification-not-found"), "Notification not found", ex.getMessage()));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

}
