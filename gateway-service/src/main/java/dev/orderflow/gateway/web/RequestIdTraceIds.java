package dev.orderflow.gateway.web;

import org.springframework.web.server.ServerWebExchange;

import dev.orderflow.platform.web.TraceIds;

/**
 * Quotes the request id as {@code traceId} in the gateway's problems. Error handlers see
 * the exchange as it was before {@link RequestIdFilter} added the header, so the
 * platform's fallback would quote an internal connection id no log line shows.
 */
class RequestIdTraceIds extends TraceIds {

	public RequestIdTraceIds() {
		// the gateway records no traces of its own yet; see docs/adr/0003
		super(() -> null);
	}

	@Override
	public String of(ServerWebExchange exchange) {
		String requestId = exchange.getAttribute(RequestIdFilter.ATTRIBUTE);
		return (requestId != null) ? requestId : super.of(exchange);
	}

}
