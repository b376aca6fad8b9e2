package dev.orderflow.platform.web;

/** The request id header that the gateway puts on every request and response. */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	private RequestIds() {
	}

}
