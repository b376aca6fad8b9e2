package dev.orderflow.platform.web;

import java.net.URI;

/**
 * Stable {@code type} URIs of the problems the system returns. Clients may branch on
 * them; they never change within a major API version.
 */
public final class ProblemTypes {

	private static final String PREFIX = "urn:orderflow:problem:";

	public static final URI VALIDATION = of("validation");

	public static final URI MALFORMED_REQUEST = of("malformed-request");

	public static final URI NOT_FOUND = of("not-found");

	public static final URI UNAUTHORIZED = of("unauthorized");

	public static final URI FORBIDDEN = of("forbidden");

	public static final URI CONFLICT = of("conflict");

	public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");

	public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");

	public static final URI NOT_ACCEPTABLE = of("not-acceptable");

	public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");

	public static final URI TOO_MANY_REQUESTS = of("too-many-requests");

	public static final URI SERVICE_UNAVAILABLE = of("service-unavailable");

	public static final URI GATEWAY_TIMEOUT = of("gateway-timeout");

	public static final URI INTERNAL = of("internal");

	private ProblemTypes() {
	}

	/**
	 * A problem type of this system.
	 * @param slug the last part, lower case with dashes
	 * @return the type URI
	 */
	public static URI of(String slug) {
		return URI.create(PREFIX + slug);
	}

	/**
	 * The generic type for an HTTP status, used when nothing more specific is known.
	 * @param status the HTTP status code
	 * @return the type URI
	 */
	public static URI forStatus(int status) {
		return switch (status) {
			case 400 -> MALFORMED_REQUEST;
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 409 -> CONFLICT;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 422 -> VALIDATION;
			case 429 -> TOO_MANY_REQUESTS;
			case 503 -> SERVICE_UNAVAILABLE;
			case 504 -> GATEWAY_TIMEOUT;
			default -> (status >= 500) ? INTERNAL : of("http-" + status);
		};
	}

}
