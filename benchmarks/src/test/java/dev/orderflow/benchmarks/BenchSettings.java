package dev.orderflow.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What a run targets and how hard it pushes, from system properties ({@code ./dev bench}
 * passes them; the defaults are {@code ./dev}'s ports). Loopback only: every address is
 * 127.0.0.1.
 */
final class BenchSettings {

	static final String GATEWAY = "http://127.0.0.1:" + property("bench.gateway.port", "8080");

	static final String USER_SERVICE = "http://127.0.0.1:" + property("bench.user-service.port", "8081");

	static final String ORDER_SERVICE = "http://127.0.0.1:" + property("bench.order-service.port", "8082");

	static final String ADMIN_EMAIL = property("bench.admin.email", "admin@orderflow.local");

	static final String ADMIN_PASSWORD = property("bench.admin.password", "local-admin-password");

	/** Where each run writes its one-line summary, beside Gatling's HTML report. */
	static final String SUMMARY_FILE = property("bench.summary", "target/bench-summary.txt");

	private BenchSettings() {
	}

	/** The saga's arrival rates (orders/s), one step after the other. */
	static List<Integer> rates() {
		return Arrays.stream(property("bench.rates", "10,50,100").split(","))
			.map(String::strip)
			.map(Integer::valueOf)
			.toList();
	}

	/** How long each step (a rate, a phase) lasts. */
	static Duration step() {
		return Duration.parse("PT" + property("bench.step", "30s").toUpperCase());
	}

	/**
	 * How long each unmeasured warm-up phase lasts (edge): by default as long as a step.
	 */
	static Duration warmUp() {
		return Duration.parse("PT" + property("bench.warmup", property("bench.step", "30s")).toUpperCase());
	}

	/** Concurrent clients at saturation (edge). */
	static int connections() {
		return Integer.parseInt(property("bench.connections", "32"));
	}

	static String property(String name, String fallback) {
		String value = System.getProperty(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
