package dev.orderflow.platform.messaging.outbox;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;

/**
 * The current span's context in the configured propagation format (W3C
 * {@code traceparent} by default). Nothing when tracing is off or no span is current.
 */
public class CurrentTraceHeaders implements TraceHeaders {

	// Looked up on first use, then kept: a bean lookup by type on every event written was
	// 1 % of order-service's CPU under load.
	private final SingletonSupplier<Tracer> tracer;

	private final SingletonSupplier<Propagator> propagator;

	public CurrentTraceHeaders(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		this.tracer = SingletonSupplier.of(tracer::getIfAvailable);
		this.propagator = SingletonSupplier.of(propagator::getIfAvailable);
	}

	@Override
	public Map<String, String> current() {
		Tracer current = this.tracer.get();
		Propagator format = this.propagator.get();
		Span span = (current != null) ? current.currentSpan() : null;
		if (span == null || format == null) {
			return Map.of();
		}
		Map<String, String> headers = new LinkedHashMap<>();
		format.inject(span.context(), headers, Map::put);
		return headers;
	}

}
