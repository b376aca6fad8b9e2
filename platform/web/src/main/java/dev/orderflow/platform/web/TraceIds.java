package dev.orderflow.platform.web;

import java.util.function.Supplier;

import org.springframework.web.server.ServerWebExchange;

/**
 * The trace id a client can quote to an operator: the current trace when tracing is on,
 * else the W3C {@code traceparent} the caller sent, else the request id.
 */
public class TraceIds {

	private final Supplier<String> currentTraceId;

	public TraceIds(Supplier<String> currentTraceId) {
		this.currentTraceId = currentTraceId;
	}

	public String of(ServerWebExchange exchange) {
		String current = this.currentTraceId.get();
		if (current != null && !current.isBlank()) {
			return current;
		}
		String traceparent = exchange.getRequest().getHeaders().getFirst("traceparent");
		if (traceparent != null) {
			String[] parts = traceparent.split("-");
			if (parts.length == 4 && parts[1].length() == 32) {
				return parts[1];
			}
		}
		String requestId = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
		return (requestId != null) ? requestId : exchange.getRequest().getId();
	}

}
