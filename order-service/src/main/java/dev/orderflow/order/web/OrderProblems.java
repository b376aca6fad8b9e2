package dev.orderflow.order.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

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

	/**
	 * A body that is JSON but not of the expected shape (an unknown field, a wrong type)
	 * is answered like a validation failure, naming the field; anything else unreadable
	 * is left to the platform's generic 400.
	 */
	@ExceptionHandler
	Mono<ResponseEntity<ProblemDetail>> unreadableBody(ServerWebInputException ex, ServerWebExchange exchange) {
		MismatchedInputException mismatch = causeOfType(ex, MismatchedInputException.class);
		String field = (mismatch != null) ? fieldPath(mismatch) : "";
		if (field.isEmpty()) {
			return Mono.error(ex);
		}
		ProblemDetail problem = Problems.validation(HttpStatus.BAD_REQUEST,
				List.of(new Problems.FieldError(field, message(mismatch))));
		return Mono.just(ResponseEntity.badRequest().body(this.problems.complete(exchange, problem)));
	}

	private ResponseEntity<ProblemDetail> problem(ServerWebExchange exchange, HttpStatus status, String type,
			String title, RuntimeException ex) {
		ProblemDetail problem = this.problems.complete(exchange,
				Problems.of(status, ProblemTypes.of(type), title, ex.getMessage()));
		return ResponseEntity.status(status).body(problem);
	}

	/**
	 * The JSON path of the offending value, as clients name fields: {@code price.amount}.
	 */
	private static String fieldPath(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String message(MismatchedInputException ex) {
		if (ex instanceof UnrecognizedPropertyException) {
			return "is not a known field";
		}
		Class<?> target = ex.getTargetType();
		if (target == null) {
			return "has the wrong type";
		}
		if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
			return "must be a number";
		}
		if (target == Boolean.class || target == boolean.class) {
			return "must be true or false";
		}
		if (target.isEnum()) {
			return "must be one of " + Arrays.toString(target.getEnumConstants());
		}
		if (target == String.class) {
			return "must be a string";
		}
		if (target == UUID.class) {
			return "must be a UUID";
		}
		if (Collection.class.isAssignableFrom(target)) {
			return "must be an array";
		}
		return "must be an object";
	}

	private static <T extends Throwable> T causeOfType(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
