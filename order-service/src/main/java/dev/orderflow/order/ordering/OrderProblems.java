package dev.orderflow.order.ordering;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import dev.orderflow.order.model.OrderCannotChange;
import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.Problems;

/** Ordering's failures as problem+json with a stable type. */
@RestControllerAdvice
class OrderProblems {

	private final ProblemWriter problems;

	OrderProblems(ProblemWriter problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> orderCannotChange(OrderCannotChange ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.CONFLICT, "order-cannot-change", "Order cannot change", ex);
	}

	/** Load shed: nothing was stored, the client places the order again later. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> sagaBehind(SagaBehind ex, ServerWebExchange exchange) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfter().toSeconds()));
		return this.problems.entity(exchange, HttpStatus.SERVICE_UNAVAILABLE, "saga-behind", "Orders are delayed", ex,
				headers);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> orderNotFound(OrderNotFound ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.NOT_FOUND, "order-not-found", "Order not found", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> orderChangedConcurrently(OrderChangedConcurrently ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> idempotencyKeyReused(IdempotencyKeyReused ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
				"Idempotency key reused", ex);
	}

	/** Well-formed items that cannot be ordered: 422, naming each item at fault. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unorderableItems(UnorderableItems ex, ServerWebExchange exchange) {
		List<Problems.FieldError> errors = ex.problems()
			.stream()
			.map((item) -> new Problems.FieldError("items[%d].%s".formatted(item.index(), item.field()),
					item.message()))
			.toList();
		ProblemDetail problem = Problems.validation(HttpStatus.UNPROCESSABLE_CONTENT, errors);
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(this.problems.complete(exchange, problem));
	}

}
