package dev.orderflow.order.ordering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an order request asked for, as a SHA-256 hex string, stored with its
 * {@code Idempotency-Key}: a retry with the same key must ask for the same thing. Items
 * are compared as a set, so the order of the items does not matter.
 */
final class RequestFingerprint {

	private RequestFingerprint() {
	}

	static String of(List<RequestedItem> items) {
		String canonical = items.stream()
			.sorted(Comparator.comparing(RequestedItem::productId).thenComparingInt(RequestedItem::quantity))
			.map((item) -> item.productId() + "x" + item.quantity())
			.collect(Collectors.joining(";"));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
