package dev.orderflow.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The same two requests (an anonymous catalogue page; an authenticated
 * {@code GET /api/users/me}) through the gateway and straight to the service, in one run:
 * at saturation ({@code bench.connections} clients; gateway and direct phases of each
 * request taking turns, {@code bench.step} each, two rounds, so that drift hits both
 * sides), then at low load (one client, the four requests in turn). An unmeasured warm-up
 * round comes first ({@code bench.warmup} a phase, {@code 0s} for none): without it the
 * first round measured the JIT still compiling the gateway (a catalogue ratio of
 * 0.40-0.42 in a first run, 0.50-0.55 in a second one on the same system). Request names
 * say the path and the phase, so Gatling's report holds the throughput ratio and the
 * latency the gateway adds side by side; {@code ./dev bench edge} prints them.
 */
public class EdgeSimulation extends Simulation {

	private static final Duration STEP = BenchSettings.step();

	private final Timings timings = new Timings();

	private volatile String token;

	{
		HttpProtocolBuilder protocol = http.acceptHeader("application/json");
		PopulationBuilder saturation = null;
		Duration warmUp = BenchSettings.warmUp();
		for (int round = warmUp.isZero() ? 1 : 0; round <= 2; round++) {
			for (String request : List.of("catalogue", "me")) {
				for (String via : List.of("gateway", "direct")) {
					// each client loops for the phase and then stops, so that the next
					// phase starts only when this one is over
					String phase = (round == 0) ? "warm-up" : "saturation " + round;
					PopulationBuilder next = scenario(request + " " + via + " " + phase)
						.during((round == 0) ? warmUp : STEP)
						.on(request.equals("catalogue") ? catalogue(via, phase) : me(via, phase))
						.injectOpen(atOnceUsers(BenchSettings.connections()))
						.protocols(protocol);
					saturation = saturation == null ? next : saturation.andThen(next);
				}
			}
		}
		ScenarioBuilder lowLoad = scenario("low load").during(STEP)
			.on(exec(catalogue("gateway", "low load"), catalogue("direct", "low load"), me("gateway", "low load"),
					me("direct", "low load"), pause(Duration.ofMillis(20))));
		setUp(saturation.andThen(lowLoad.injectOpen(atOnceUsers(1)).protocols(protocol)))
			.maxDuration(STEP.multipliedBy(12).plus(warmUp.multipliedBy(4)));
	}

	@Override
	public void before() {
		this.token = Customers.register(1).get(0).token();
	}

	@Override
	public void after() {
		List<String> lines = new ArrayList<>();
		for (String request : List.of("catalogue", "me")) {
			double gateway = throughput(request, "gateway");
			double direct = throughput(request, "direct");
			Timings.Series gatewayLow = this.timings.of(request + " gateway low load");
			Timings.Series directLow = this.timings.of(request + " direct low load");
			lines.add(String.format(
					"edge %s: at saturation (%d clients) gateway %.0f/s, direct %.0f/s, ratio %.2f; at low load"
							+ " gateway vs direct p50 %d vs %d ms (+%d), p99 %d vs %d ms (+%d)",
					request, BenchSettings.connections(), gateway, direct, direct == 0 ? 0 : gateway / direct,
					gatewayLow.percentile(50), directLow.percentile(50),
					gatewayLow.percentile(50) - directLow.percentile(50), gatewayLow.percentile(99),
					directLow.percentile(99), gatewayLow.percentile(99) - directLow.percentile(99)));
		}
		SagaOutcome.write(lines);
	}

	/** Requests per second of one request over both saturation rounds. */
	private double throughput(String request, String via) {
		Timings.Series first = this.timings.of(request + " " + via + " saturation 1");
		Timings.Series second = this.timings.of(request + " " + via + " saturation 2");
		return (first.throughput() + second.throughput()) / 2;
	}

	private ChainBuilder catalogue(String via, String phase) {
		String url = (via.equals("gateway") ? BenchSettings.GATEWAY : BenchSettings.ORDER_SERVICE)
				+ "/api/products?size=20";
		String name = "catalogue " + via + " " + phase;
		return timed(name, http(name).get(url).check(status().is(200)));
	}

	private ChainBuilder me(String via, String phase) {
		String url = (via.equals("gateway") ? BenchSettings.GATEWAY : BenchSettings.USER_SERVICE) + "/api/users/me";
		String name = "me " + via + " " + phase;
		return timed(name,
				http(name).get(url)
					.header("Authorization", (session) -> "Bearer " + this.token)
					.check(status().is(200)));
	}

	/** The request, and its response time into {@link Timings} under its name. */
	private ChainBuilder timed(String name, HttpRequestActionBuilder request) {
		return exec(request.check(responseTimeInMillis().saveAs("millis"))).exec((session) -> {
			if (!session.isFailed()) {
				this.timings.record(name, session.getLong("millis"));
			}
			return session;
		});
	}

}
