package dev.orderflow.platform.messaging.outbox;

import java.util.Map;

/**
 * The trace context to store with an event (W3C {@code traceparent}, ...), so that the
 * relay can hand it on to the broker and consumers join the trace of the request that
 * caused the event. Empty when tracing is off.
 */
@FunctionalInterface
public interface TraceHeaders {

	Map<String, String> current();

	static TraceHeaders none() {
		return Map::of;
	}

}
