package dev.orderflow.gateway.routing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;

/**
 * The request headers that claim an identity. Services must take identity only from the
 * validated token; removing these at the edge makes sure that a service that forgets that
 * rule, or a proxy or library that trusts such headers, cannot be fooled by a client.
 * {@code Authorization} is never among them: services validate the token again.
 */
final class IdentityHeaders {

	private final Set<String> names;

	private final List<String> prefixes;

	/**
	 * @param names exact header names, in any case
	 * @param prefixes name prefixes, in any case (e.g. {@code X-User-})
	 */
	public IdentityHeaders(List<String> names, List<String> prefixes) {
		this.names = names.stream().map(IdentityHeaders::lower).collect(Collectors.toUnmodifiableSet());
		this.prefixes = prefixes.stream().map(IdentityHeaders::lower).toList();
		if (this.names.contains(lower(HttpHeaders.AUTHORIZATION))) {
			throw new IllegalArgumentException("Authorization must reach the services; it cannot be stripped");
		}
	}

	public boolean isIdentityHeader(String name) {
		String lower = lower(name);
		return this.names.contains(lower) || this.prefixes.stream().anyMatch(lower::startsWith);
	}

	/**
	 * Removes every identity header.
	 * @param headers mutable request headers
	 * @return the names that were removed, as sent
	 */
	public List<String> strip(HttpHeaders headers) {
		List<String> found = headers.headerNames().stream().filter(this::isIdentityHeader).toList();
		found.forEach(headers::remove);
		return found;
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
