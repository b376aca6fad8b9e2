package dev.orderflow.platform.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Names the field of a body that is JSON but not of the expected shape (an unknown field,
 * a wrong type), as clients name fields ({@code price.amount},
 * {@code items[0].quantity}), with what it must be. Every service answers such a body the
 * same way: a validation problem naming the field.
 */
final class JsonFieldErrors {

	private JsonFieldErrors() {
	}

	/**
	 * @param ex an exception reading a request body
	 * @return the rejected field, if the cause is a JSON value of the wrong shape at a
	 * known place
	 */
	static Optional<Problems.FieldError> of(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch) {
				String field = fieldPath(mismatch);
				return field.isEmpty() ? Optional.empty()
						: Optional.of(new Problems.FieldError(field, message(mismatch)));
			}
		}
		return Optional.empty();
	}

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

}
