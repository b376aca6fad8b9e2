package dev.orderflow.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Last line of error handling: every exception that no {@code @RestControllerAdvice}
 * mapped becomes a problem+json response. Runs before Boot's error handler, whose JSON is
 * not RFC 9457. Never echoes an exception message of a 5xx to the client.
 */
public class ProblemWebExceptionHandler implements WebExceptionHandler, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

	private static final boolean DATA_ACCESS_PRESENT = ClassUtils.isPresent(
			"org.springframework.dao.DataAccessResourceFailureException",
			ProblemWebExceptionHandler.class.getClassLoader());

	private static final String RETRY_AFTER_SECONDS = "5";

	private final ProblemWriter writer;

	public ProblemWebExceptionHandler(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public int getOrder() {
		return -2;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		return this.writer.write(exchange, toProblem(exchange, ex));
	}

	private ProblemDetail toProblem(ServerWebExchange exchange, Throwable ex) {
		if (ex instanceof WebExchangeBindException bind) {
			return validation(bind.getBindingResult());
		}
		if (ex instanceof HandlerMethodValidationException methodValidation) {
			return parameterValidation(methodValidation);
		}
		if (ex instanceof ServerWebInputException input) {
			Optional<Problems.FieldError> field = JsonFieldErrors.of(input);
			if (field.isPresent()) {
				return Problems.validation(HttpStatus.BAD_REQUEST, List.of(field.get()));
			}
			return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
					inputDetail(input));
		}
		if (causedBy(ex, DataBufferLimitException.class)) {
			return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "The request body is too large.");
		}
		if (ex instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			return Problems.of(response.getStatusCode(), clientDetail(response));
		}
		if (backingServiceUnavailable(ex)) {
			log.warn("{} {} failed, a backing service is unavailable: {}", exchange.getRequest().getMethod(),
					exchange.getRequest().getPath(), ex.toString());
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.forStatus(503), "Service unavailable",
					"A service this request needs is briefly unavailable; try again shortly.");
		}
		if (ex instanceof ErrorResponse response) {
			log.warn("{} {} failed: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
					ex.toString());
			return Problems.of(response.getStatusCode(), "The server could not complete the request.");
		}
		log.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
		return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "The server could not complete the request.");
	}

	private static ProblemDetail validation(BindingResult result) {
		List<Problems.FieldError> errors = result.getFieldErrors()
			.stream()
			.map((error) -> new Problems.FieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
			.sorted(Comparator.comparing(Problems.FieldError::field))
			.toList();
		if (errors.isEmpty()) {
			errors = result.getGlobalErrors()
				.stream()
				.map((error) -> new Problems.FieldError(error.getObjectName(),
						String.valueOf(error.getDefaultMessage())))
				.toList();
		}
		return Problems.validation(HttpStatus.BAD_REQUEST, errors);
	}

	private static ProblemDetail parameterValidation(HandlerMethodValidationException ex) {
		List<Problems.FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new Problems.FieldError(String.valueOf(result.getMethodParameter().getParameterName()),
						String.valueOf(error.getDefaultMessage()))))
			.sorted(Comparator.comparing(Problems.FieldError::field))
			.toList();
		return Problems.validation(HttpStatus.BAD_REQUEST, errors);
	}

	/** Says what was wrong with the input without leaking parser internals. */
	private static String inputDetail(ServerWebInputException input) {
		if (causedBy(input, DecodingException.class)) {
			return "The request body is not valid JSON of the expected shape.";
		}
		if (input.getMethodParameter() != null) {
			return "Invalid value for '%s'.".formatted(input.getMethodParameter().getParameterName());
		}
		return (input.getReason() != null) ? input.getReason() : "The request could not be read.";
	}

	private static String clientDetail(ErrorResponse response) {
		String detail = response.getBody().getDetail();
		return (detail != null) ? detail : "The request could not be served.";
	}

	/**
	 * The database cannot be reached or failed transiently (a restart, a failover): the
	 * request may succeed if repeated, which 503 and {@code Retry-After} tell the client.
	 */
	private static boolean backingServiceUnavailable(Throwable ex) {
		return DATA_ACCESS_PRESENT && (causedBy(ex, org.springframework.dao.DataAccessResourceFailureException.class)
				|| causedBy(ex, org.springframework.dao.TransientDataAccessException.class));
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
