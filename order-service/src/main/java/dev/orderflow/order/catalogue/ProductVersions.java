package dev.orderflow.order.catalogue;

/**
 * A product's version as an HTTP entity tag, so that an administrator can change a
 * product only if nobody else changed it since they read it ({@code If-Match}).
 */
final class ProductVersions {

	/** No product ever has this version, so a tag that is not ours never matches. */
	private static final long NO_VERSION = -1;

	private ProductVersions() {
	}

	/** The strong entity tag of the product as it is now. */
	static String tag(Product product) {
		return "\"" + product.version() + "\"";
	}

	/**
	 * The version an {@code If-Match} header asks for.
	 * @param ifMatch the header, or {@code null}
	 * @return {@code null} for no condition (absent or {@code *}), else the version
	 */
	static Long expected(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String tag = ifMatch.strip();
		// If-Match compares strongly: a weak tag never matches (RFC 9110, 13.1.1)
		if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
			return NO_VERSION;
		}
		try {
			return Long.parseLong(tag.substring(1, tag.length() - 1));
		}
		catch (NumberFormatException ex) {
			return NO_VERSION;
		}
	}

}
