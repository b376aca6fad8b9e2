package dev.orderflow.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import dev.orderflow.benchmarks.Customers.Customer;
import dev.orderflow.benchmarks.SagaOutcome.Placed;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Orders placed through the gateway at constant arrival rates (an open model: a slow
 * system does not slow the arrivals down), one step per rate ({@code bench.rates},
 * {@code bench.step} each), spread over enough customers that none orders more than once
 * a second. Each customer keeps the notification stream open through the gateway, as a
 * storefront does. Afterwards every order is read back: completion time by the server's
 * clock, the time from its decision to its notification on the stream, and the checks of
 * {@link SagaOutcome}.
 */
public class SagaSimulation extends Simulation {

	private static final List<Integer> RATES = BenchSettings.rates();

	private static final Duration STEP = BenchSettings.step();

	private final Queue<Placed> placed = new ConcurrentLinkedQueue<>();

	private final AtomicLong failedPlacements = new AtomicLong();

	private final AtomicLong shed = new AtomicLong();

	/** When the load started: the end of {@link #before()}, which Gatling runs first. */
	private volatile long startedAt;

	private volatile List<Customer> customers = List.of();

	private volatile String product;

	private volatile NotificationStreams streams;

	{
		HttpProtocolBuilder gateway = http.baseUrl(BenchSettings.GATEWAY)
			.acceptHeader("application/json")
			.contentTypeHeader("application/json")
			// a fleet of frontends keeps its connections alive; one per order would
			// measure
			// TCP set-up and run out of ephemeral ports
			.shareConnections();
		ScenarioBuilder placeOrders = scenario("place an order").feed(Customers.inTurn(() -> this.customers))
			.exec(http("place order").post("/api/orders")
				.header("Authorization", "Bearer #{token}")
				.body(StringBody((session) -> "{\"items\":[{\"productId\":\"" + this.product + "\",\"quantity\":1}]}"))
				// 503: shed because the saga is behind (a fast refusal, nothing stored)
				.check(status().in(202, 503).saveAs("status"), jsonPath("$.id").optional().saveAs("orderId")))
			.exec((session) -> {
				if (session.isFailed()) {
					this.failedPlacements.incrementAndGet();
				}
				else if (session.getInt("status") == 503) {
					this.shed.incrementAndGet();
				}
				else {
					this.placed.add(new Placed(session.getString("customerId"), session.getString("orderId"),
							stepOf(System.nanoTime())));
				}
				return session;
			});
		List<OpenInjectionStep> steps = new ArrayList<>();
		RATES.forEach((rate) -> steps.add(constantUsersPerSec(rate).during(STEP)));
		setUp(placeOrders.injectOpen(steps)).protocols(gateway);
	}

	@Override
	public void before() {
		int count = Math.max(20, RATES.stream().max(Integer::compare).orElse(10));
		System.out.printf("making %d customers (each orders at most once a second)%n", count);
		this.customers = Customers.register(count);
		this.product = Customers.cheapestProduct();
		this.streams = NotificationStreams.open(this.customers);
		this.startedAt = System.nanoTime();
	}

	@Override
	public void after() {
		try (NotificationStreams streams = this.streams) {
			SagaOutcome.report(this.customers, this.placed, RATES, this.failedPlacements.get(), this.shed.get(),
					streams);
		}
	}

	/** The rate step an order was placed in, by the time since the load started. */
	private int stepOf(long nanos) {
		long sinceStart = nanos - this.startedAt;
		return (int) Math.min(RATES.size() - 1, Math.max(0, sinceStart / STEP.toNanos()));
	}

}
