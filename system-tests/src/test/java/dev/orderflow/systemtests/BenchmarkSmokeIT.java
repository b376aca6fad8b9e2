package dev.orderflow.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks keep compiling and running: the saga simulation for a few seconds at a
 * few orders a second against the whole system, its checks over every order it placed
 * passing. A smoke, not a measurement: the figures come from {@code ./dev bench}
 * (docs/performance.md), never from an assertion on time.
 */
class BenchmarkSmokeIT {

	@Test
	void theSagaSimulationRunsAndEveryOrderItPlacedIsDecided() throws IOException {
		WholeSystem.up();
		Path summary = Path.of("target/bench-smoke/summary.txt").toAbsolutePath();
		Files.deleteIfExists(summary);
		System.setProperty("bench.rates", "5");
		System.setProperty("bench.step", "3s");
		System.setProperty("bench.summary", summary.toString());

		int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] { "--simulation",
				"dev.orderflow.benchmarks.SagaSimulation", "--results-folder", "target/bench-smoke", "--no-reports" });

		assertThat(status).isZero();
		String lines = Files.readString(summary);
		assertThat(lines).contains("saga 5 orders/s: 15 decided").contains("0 undecided").endsWith("-> PASS\n");
	}

}
