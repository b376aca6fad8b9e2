package dev.orderflow.notification.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import dev.orderflow.notification.center.NotificationNotFound;
import dev.orderflow.platform.web.ProblemWriter;

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
		return this.problems.entity(exchange, HttpStatus.NOT_FOUND, "notification-not-found", "Notification not found",
				ex);
	}

}
