package dev.orderflow.systemtests;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import dev.orderflow.testsupport.ServiceProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults under a steady stream of orders, each followed by a check of the invariants of
 * docs/architecture.md over every order placed: I1 every accepted order ends APPROVED,
 * REJECTED or CANCELLED; I2 each customer's reserved credit is the sum of their approved
 * orders and within the limit; I3/I4 each terminal order has exactly one notification of
 * its outcome; I5 nothing accepted is lost. Loops are bounded and target 127.0.0.1 only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

	private static final String PASSWORD = "faults customer password";

	/** Orders per fault run, one every 300 ms: about 12 s of load. */
	private static final int ORDERS_PER_RUN = 40;

	private final WholeSystem system = WholeSystem.up();

	private final Api api = new Api(WholeSystem.GATEWAY, WholeSystem.GATEWAY);

	private final List<String> customers = new ArrayList<>();

	private final List<Placed> placed = new CopyOnWriteArrayList<>();

	private String product;

	private volatile Instant restartedAt = Instant.now();

	@BeforeAll
	void customers() {
		for (int index = 0; index < 3; index++) {
			String email = "faults-" + UUID.randomUUID() + "@example.com";
			this.api
				.post(WholeSystem.GATEWAY + "/api/auth/register", null,
						Map.of("email", email, "password", PASSWORD, "name", "Faults Customer " + index))
				.expect(201);
			this.customers.add(this.api.login(email, PASSWORD));
		}
		// the cheapest product: a customer's limit fits many orders, some are rejected
		// late
		this.product = this.api.products()
			.stream()
			.min((a, b) -> new BigDecimal(a.get("price").get("amount").asString())
				.compareTo(new BigDecimal(b.get("price").get("amount").asString())))
			.orElseThrow()
			.get("id")
			.asString();
	}

	@Test
	@Order(1)
	void killingUserServiceUnderLoadLosesNothing() {
		underLoad("kill -9 user-service", () -> {
			this.system.kill("user-service");
			ServiceProcess.sleep(Duration.ofSeconds(3));
			restarting();
			this.system.start("user-service");
		});
	}

	@Test
	@Order(2)
	void killingOrderServiceAnswers503WhileDownAndRecoversByItself() {
		underLoad("kill -9 order-service", () -> {
			this.system.kill("order-service");
			Api.Response whileDown = Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> this.api.get(WholeSystem.GATEWAY + "/api/orders", this.customers.get(0)),
						(response) -> response.status() == 503);
			assertThat(whileDown.body().get("type").asString()).startsWith("urn:orderflow:problem:");
			restarting();
			this.system.start("order-service");
		});
	}

	@Test
	@Order(3)
	void killingKafkaUnderLoadLosesNothing() {
		underLoad("kill -9 Kafka", () -> {
			this.system.kill("kafka");
			ServiceProcess.sleep(Duration.ofSeconds(5));
			restarting();
			this.system.start("kafka");
		});
	}

	@Test
	@Order(4)
	void restartingPostgresUnderLoadLosesNothing() {
		// measured from PostgreSQL being back: an order decided while it was still
		// stopping
		// would otherwise count as "approved again"
		underLoad("restart PostgreSQL", () -> {
			this.system.restart("postgres");
			restarting();
		});
	}

	/**
	 * Places orders in the background while the fault happens, waits for the load, checks
	 * the invariants over every order placed so far, and reports this run.
	 */
	private void underLoad(String fault, Runnable inject) {
		List<Placed> run = new CopyOnWriteArrayList<>();
		AtomicInteger refused = new AtomicInteger();
		Thread load = new Thread(() -> {
			for (int index = 0; index < ORDERS_PER_RUN; index++) {
				String token = this.customers.get(index % this.customers.size());
				try {
					Api.Response response = this.api.post(WholeSystem.GATEWAY + "/api/orders", token,
							Map.of("items", List.of(Map.of("productId", this.product, "quantity", 1))));
					if (response.status() == 202) {
						run.add(new Placed(token, response.body().get("id").asString()));
					}
					else {
						refused.incrementAndGet();
					}
				}
				catch (RuntimeException ex) {
					// refused while a part is down: not accepted, so nothing to keep
					refused.incrementAndGet();
				}
				ServiceProcess.sleep(Duration.ofMillis(300));
			}
		}, "order-load");
		load.start();
		ServiceProcess.sleep(Duration.ofSeconds(2));
		inject.run();
		try {
			load.join(Duration.ofMinutes(3).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		run.add(probe());
		this.placed.addAll(run);
		assertInvariants();
		report(fault, run, refused.get());
	}

	private void restarting() {
		this.restartedAt = Instant.now();
	}

	/** An order placed once the part is back, retried while the gateway still refuses. */
	private Placed probe() {
		String token = this.customers.get(0);
		Api.Response placed = Awaitility.await()
			.atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(500))
			.ignoreExceptions()
			.until(() -> this.api.post(WholeSystem.GATEWAY + "/api/orders", token,
					Map.of("items", List.of(Map.of("productId", this.product, "quantity", 1)))),
					(response) -> response.status() == 202);
		return new Placed(token, placed.body().get("id").asString());
	}

	/**
	 * What the closing note asks for: counts per terminal state, and the recovery time.
	 */
	private void report(String fault, List<Placed> run, int refused) {
		Map<String, Integer> outcomes = new TreeMap<>();
		Instant firstApprovedAgain = null;
		for (Placed order : run) {
			JsonNode view = this.api.order(order.token(), order.id());
			String status = view.get("status").asString();
			String outcome = view.has("rejectionReason") ? status + "(" + view.get("rejectionReason").asString() + ")"
					: status;
			outcomes.merge(outcome, 1, Integer::sum);
			Instant decided = Instant.parse(view.get("updatedAt").asString());
			if ("APPROVED".equals(status) && decided.isAfter(this.restartedAt)
					&& (firstApprovedAgain == null || decided.isBefore(firstApprovedAgain))) {
				firstApprovedAgain = decided;
			}
		}
		System.out.printf(
				"fault %s: %d orders accepted (%d refused while down), outcomes %s; I1-I5 held over all"
						+ " %d orders placed so far; restart -> first order approved again: %s%n",
				fault, run.size(), refused, outcomes, this.placed.size(), (firstApprovedAgain != null)
						? Duration.between(this.restartedAt, firstApprovedAgain).toMillis() + " ms" : "none");
	}

	/**
	 * A few calls per customer, not per order: the gateway's rate limit applies to the
	 * checks too.
	 */
	private void assertInvariants() {
		for (String token : this.customers) {
			List<String> placedByCustomer = this.placed.stream()
				.filter((order) -> order.token().equals(token))
				.map(Placed::id)
				.toList();
			// I1, I5: every accepted order is there and decided (the deadline is 30 s)
			Map<String, String> statuses = Awaitility.await()
				.atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptions()
				.until(() -> statusesOf(token), (found) -> found.keySet().containsAll(placedByCustomer)
						&& placedByCustomer.stream().noneMatch((id) -> "PENDING".equals(found.get(id))));
			// I2: reserved credit = sum of approved totals, within the limit
			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptions()
				.untilAsserted(() -> {
					JsonNode credit = this.api.me(token).get("credit");
					BigDecimal reserved = new BigDecimal(credit.get("reserved").get("amount").asString());
					assertThat(reserved).isEqualByComparingTo(approvedTotal(token));
					assertThat(reserved)
						.isLessThanOrEqualTo(new BigDecimal(credit.get("limit").get("amount").asString()));
				});
			// I3, I4: exactly one notification of each order's outcome
			Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptions()
				.untilAsserted(() -> {
					Map<String, List<String>> notifications = notificationsByOrder(token);
					for (String id : placedByCustomer) {
						assertThat(notifications.getOrDefault(id, List.of())).as("notifications of order %s", id)
							.containsExactly("ORDER_" + statuses.get(id));
					}
				});
		}
	}

	private Map<String, String> statusesOf(String token) {
		Map<String, String> statuses = new HashMap<>();
		for (JsonNode order : JourneyIT
			.items(this.api.get(WholeSystem.GATEWAY + "/api/orders?size=100", token).expect(200).body())) {
			statuses.put(order.get("id").asString(), order.get("status").asString());
		}
		return statuses;
	}

	private BigDecimal approvedTotal(String token) {
		BigDecimal approved = BigDecimal.ZERO;
		for (JsonNode order : JourneyIT.items(
				this.api.get(WholeSystem.GATEWAY + "/api/orders?status=APPROVED&size=100", token).expect(200).body())) {
			approved = approved.add(new BigDecimal(order.get("total").get("amount").asString()));
		}
		return approved;
	}

	private Map<String, List<String>> notificationsByOrder(String token) {
		Map<String, List<String>> byOrder = new HashMap<>();
		for (JsonNode notification : JourneyIT
			.items(this.api.get(WholeSystem.GATEWAY + "/api/notifications?size=100", token).expect(200).body())) {
			String orderId = notification.path("orderId").asString(null);
			if (orderId != null) {
				byOrder.computeIfAbsent(orderId, (id) -> new ArrayList<>()).add(notification.get("type").asString());
			}
		}
		return byOrder;
	}

	private record Placed(String token, String id) {

	}

}
