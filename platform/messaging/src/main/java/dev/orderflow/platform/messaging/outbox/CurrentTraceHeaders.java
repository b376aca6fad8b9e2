package dev.orderflow.platform.messaging.outbox;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The current span's context in the configured propagation format (W3C
 * {@code traceparent} by default). Nothing when tracing is off or no span is current.
 */
public class CurrentTraceHeaders implements TraceHeaders {

	private final ObjectProvider<Tracer> tracer;

	private final ObjectProvider<Propagator> propagator;

	public CurrentTraceHeaders(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	@Override
	public Map<String, String> current() {
		Tracer current = this.tracer.getIfAvailable();
		Propagator format = this.propagator.getIfAvailable();
		Span span = (current != null) ? current.currentSpan() : null;
		if (span == null || format == null) {
			return Map.of();
		}
		Map<String, String> headers = new LinkedHashMap<>();
		format.inject(span.context(), headers, Map::put);
		return headers;
	}

}
