package dev.orderflow.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Response times and the time span of each named request, as the simulation sees them
 * (Gatling's {@code responseTimeInMillis} check), so that a run can print its own
 * summary: Gatling's HTML report is for people, this is for the one-line figures.
 */
final class Timings {

	private final Map<String, Series> series = new ConcurrentHashMap<>();

	void record(String name, long millis) {
		this.series.computeIfAbsent(name, (key) -> new Series()).add(millis, System.nanoTime());
	}

	Series of(String name) {
		return this.series.getOrDefault(name, new Series());
	}

	static final class Series {

		private final Queue<Long> millis = new ConcurrentLinkedQueue<>();

		private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);

		private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

		void add(long value, long nanos) {
			this.millis.add(value);
			this.first.accumulateAndGet(nanos, Math::min);
			this.last.accumulateAndGet(nanos, Math::max);
		}

		int count() {
			return this.millis.size();
		}

		/** Requests per second between the first and the last answer of this series. */
		double throughput() {
			double seconds = (this.last.get() - this.first.get()) / 1e9;
			return seconds <= 0 ? 0 : count() / seconds;
		}

		long percentile(int percentile) {
			List<Long> values = new ArrayList<>(this.millis);
			return SagaOutcome.percentile(values, percentile);
		}

	}

}
