package dev.orderflow.order.catalogue;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import dev.orderflow.order.money.WrongCurrency;
import dev.orderflow.platform.web.ProblemWriter;

/** The catalogue's failures as problem+json with a stable type. */
@RestControllerAdvice
class CatalogueProblems {

	private final ProblemWriter problems;

	CatalogueProblems(ProblemWriter problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> productNotFound(ProductNotFound ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.NOT_FOUND, "product-not-found", "Product not found", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> duplicateSku(DuplicateSku ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.CONFLICT, "duplicate-sku", "Duplicate SKU", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> versionMismatch(ProductVersionMismatch ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.PRECONDITION_FAILED, "product-version-mismatch",
				"Product has changed", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> changedConcurrently(ProductChangedConcurrently ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently", ex);
	}

	/** A price in another currency than the system's. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> wrongCurrency(WrongCurrency ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.UNPROCESSABLE_CONTENT, "wrong-currency", "Wrong currency", ex);
	}

}
