package dev.orderflow.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import dev.orderflow.benchmarks.Customers.Customer;
import dev.orderflow.benchmarks.OrderDatabase.Published;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The outbox drain: Kafka is stopped ({@code ./dev stop kafka}), {@code bench.orders}
 * orders are placed through the gateway as fast as {@code bench.connections} clients can,
 * each waiting in order-service's outbox, and then the broker is started again with every
 * consumer running. Timed by the outbox rows' own {@code sent_at} (PostgreSQL's clock):
 * how long until the relay published the first and the last of them (events/s), and until
 * every order was decided (end to end). A surge far above the saga's capacity is decided
 * partly by the deadline: REJECTED(TIMEOUT) is counted, not failed; losing an order or an
 * event fails the run.
 */
public class DrainSimulation extends Simulation {

	private static final int ORDERS = Integer.parseInt(BenchSettings.property("bench.orders", "100000"));

	private static final int CLIENTS = BenchSettings.connections();

	/** How long the saga may take to decide the surge once the broker is back. */
	private static final Duration SETTLE = Duration
		.parse("PT" + BenchSettings.property("bench.settle", "60m").toUpperCase());

	private final AtomicLong accepted = new AtomicLong();

	private final AtomicLong refused = new AtomicLong();

	private volatile List<Customer> customers = List.of();

	private volatile String product;

	private volatile Instant since;

	private volatile long placingFrom;

	{
		HttpProtocolBuilder gateway = http.baseUrl(BenchSettings.GATEWAY)
			.acceptHeader("application/json")
			.contentTypeHeader("application/json")
			.shareConnections();
		ScenarioBuilder placeOrders = scenario("place orders while Kafka is stopped")
			.repeat((ORDERS + CLIENTS - 1) / CLIENTS)
			.on(feed(Customers.inTurn(() -> this.customers))
				.exec(http("place order").post("/api/orders")
					.header("Authorization", "Bearer #{token}")
					.body(StringBody(
							(session) -> "{\"items\":[{\"productId\":\"" + this.product + "\",\"quantity\":1}]}"))
					.check(status().is(202)))
				.exec((session) -> {
					(session.isFailed() ? this.refused : this.accepted).incrementAndGet();
					return session.markAsSucceeded();
				}));
		setUp(placeOrders.injectOpen(atOnceUsers(CLIENTS))).protocols(gateway);
	}

	@Override
	public void before() {
		int count = Math.max(20, ORDERS / 500);
		System.out.printf("making %d customers, then stopping Kafka and placing %d orders%n", count, ORDERS);
		this.customers = Customers.register(count);
		this.product = Customers.cheapestProduct();
		dev("stop", "kafka");
		this.since = Instant.now();
		this.placingFrom = System.nanoTime();
	}

	@Override
	public void after() {
		double placing = (System.nanoTime() - this.placingFrom) / 1e9;
		try (OrderDatabase database = new OrderDatabase()) {
			Instant starting = Instant.now();
			// the events of the orders placed while the broker was away, not the answers
			// to them that follow
			long waiting = database.unsent(this.since, starting);
			dev("start", "kafka");
			Instant started = Instant.now();
			while (database.unsent(this.since, starting) > 0) {
				SagaOutcome.sleep(Duration.ofMillis(250));
			}
			Published published = database.published(this.since, starting);
			Instant giveUp = Instant.now().plus(SETTLE);
			long pending;
			while ((pending = database.pendingSince(this.since)) > 0 && Instant.now().isBefore(giveUp)) {
				SagaOutcome.sleep(Duration.ofSeconds(1));
			}
			Instant decided = database.lastDecidedSince(this.since);
			Map<String, Long> outcomes = database.outcomesSince(this.since);
			long orders = outcomes.values().stream().mapToLong(Long::longValue).sum();
			boolean whole = pending == 0 && this.refused.get() == 0 && orders == this.accepted.get()
					&& published.rows() == orders;
			List<String> lines = new ArrayList<>();
			lines.add(String.format(
					"drain placing: %d orders accepted in %.0f s while Kafka was stopped (%.0f/s), %d refused or failed;"
							+ " %d events waiting",
					this.accepted.get(), placing, this.accepted.get() / placing, this.refused.get(), waiting));
			lines.add(String.format(
					"drain relay: broker started in %.1f s; first event published %.1f s after the start command;"
							+ " %d events published in %.1f s: %.0f events/s",
					seconds(starting, started), seconds(starting, published.first()), published.rows(),
					seconds(published.first(), published.last()),
					published.rows() / Math.max(0.001, seconds(published.first(), published.last()))));
			lines.add(String.format(
					"drain checks: every order decided %.0f s after the start command, %d undecided, outcomes %s,"
							+ " %d orders, %d events -> %s",
					seconds(starting, decided), pending, outcomes, orders, published.rows(), whole ? "PASS" : "FAIL"));
			lines.forEach(System.out::println);
			SagaOutcome.write(lines);
		}
	}

	/**
	 * {@code ./dev <command> <part>}: the fault is the runner's, as in the fault tests.
	 */
	private static void dev(String command, String part) {
		String dev = BenchSettings.property("bench.dev", "../dev");
		try {
			int exit = new ProcessBuilder(dev, command, part).inheritIO().start().waitFor();
			if (exit != 0) {
				throw new IllegalStateException(dev + " " + command + " " + part + " exited with " + exit);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static double seconds(Instant from, Instant to) {
		return (from == null || to == null) ? Double.NaN : Duration.between(from, to).toMillis() / 1000.0;
	}

}
