package dev.orderflow.systemtests;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks keep compiling and running: {@code ./dev bench saga} for 3 s at 5 orders
 * a second against the whole system, its checks over every order it placed passing. A
 * smoke, not a measurement: the figures come from {@code ./dev bench} on a quiet machine
 * (docs/performance.md), never from an assertion on time. Gatling runs in a JVM of its
 * own (Maven's, as {@code ./dev bench} starts it), not in this one.
 */
class BenchmarkSmokeIT {

	@Test
	void theSagaBenchmarkRunsAndEveryOrderItPlacedIsDecided() {
		String output = WholeSystem.up().bench("saga", "-Dbench.rates=5", "-Dbench.step=3s");

		assertThat(output).contains("saga 5 orders/s: 15 decided")
			.contains("0 placements failed, 0 undecided, 0 REJECTED(TIMEOUT)")
			.contains("-> PASS")
			.contains("gateway-service");
	}

}
