package dev.orderflow.order.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import dev.orderflow.order.catalogue.DuplicateSku;
import dev.orderflow.order.catalogue.ProductChangedConcurrently;
import dev.orderflow.order.catalogue.ProductNotFound;
import dev.orderflow.order.catalogue.ProductVersionMismatch;
import dev.orderflow.order.money.WrongCurrency;
import dev.orderflow.order.order.IdempotencyKeyReused;
import dev.orderflow.order.order.OrderCannotChange;
import dev.orderflow.order.order.OrderChangedConcurrently;
import dev.orderflow.order.order.OrderNotFound;
import dev.orderflow.order.order.UnorderableItems;
import dev.orderflow.platform.web.ProblemTypes;
import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.Problems;

/** Every domain failure of order-service as problem+json with a stable type. */
@RestControllerAdvice
class OrderProblems {

	private final ProblemWriter problems;

	OrderProblems(ProblemWriter problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> productNotFound(ProductNotFound ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.NOT_FOUND, "product-not-found", "Product not found", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> duplicateSku(DuplicateSku ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.CONFLICT, "duplicate-sku", "Duplicate SKU", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> versionMismatch(ProductVersionMismatch ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.PRECONDITION_FAILED, "product-version-mismatch", "Product has changed", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> changedConcurrently(ProductChangedConcurrently ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> wrongCurrency(WrongCurrency ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.UNPROCESSABLE_CONTENT, "wrong-currency", "Wrong currency", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> orderCannotChange(OrderCannotChange ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.CONFLICT, "order-cannot-change", "Order cannot change", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> orderNotFound(OrderNotFound ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.NOT_FOUND, "order-not-found", "Order not found", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> orderChangedConcurrently(OrderChangedConcurrently ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> idempotencyKeyReused(IdempotencyKeyReused ex, ServerWebExchange exchange) {
		return problem(exchange, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency key reused",
				ex);
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

	private ResponseEntity<ProblemDetail> problem(ServerWebExchange exchange, HttpStatus status, String type,
			String title, RuntimeException ex) {
		ProblemDetail problem = this.problems.complete(exchange,
				Problems.of(status, ProblemTypes.of(type), title, ex.getMessage()));
		return ResponseEntity.status(status).body(problem);
	}

}
