package dev.orderflow.gateway.web;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Decides the request id of an exchange. A client's own id is kept so that it can find
 * its request in our logs, but only when it is short and plain: anything else could
 * inject text into logs and headers downstream.
 */
final class RequestIdPolicy {

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final Supplier<String> generator;

	public RequestIdPolicy() {
		this(() -> UUID.randomUUID().toString());
	}

	RequestIdPolicy(Supplier<String> generator) {
		this.generator = generator;
	}

	/**
	 * The id to use for a request.
	 * @param sent the id the client sent, or {@code null}
	 * @return the client's id when well-formed, otherwise a new one
	 */
	public String idFor(String sent) {
		return (sent != null && WELL_FORMED.matcher(sent).matches()) ? sent : this.generator.get();
	}

}
