package dev.orderflow.systemtests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

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
 * its outcome; I5 nothing accepted is lost. The orders mix approvals, rejections (one
 * customer orders past its limit) and cancellations (one customer cancels some at once).
 * Each run asserts what it prints: no order refused while a part whose work can wait in
 * an outbox or a topic is down, and every refusal otherwise a 503 problem+json or a
 * refused connection; the first order approved within 30 s of the part being back. Loops
 * are bounded and target 127.0.0.1 only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

	private static final String PASSWORD = "faults customer password";

	/** Orders per fault run, one every 300 ms: about 12 s of load. */
	private static final int ORDERS_PER_RUN = 40;

	/** Customers ordering within their limit; one more orders past it. */
	private static final int CUSTOMERS_WITHIN_LIMIT = 3;

	/** How long after the part is back an order must be approved again. */
	private static final Duration RECOVERY = Duration.ofSeconds(30);

	private final WholeSystem system = WholeSystem.up();

	private final Api api = new Api(WholeSystem.GATEWAY, WholeSystem.GATEWAY);

	private final List<String> customers = new ArrayList<>();

	private final Map<String, String> emails = new HashMap<>();

	private final List<Placed> placed = new CopyOnWriteArrayList<>();

	private String product;

	private String pastTheLimitProduct;

	/**
	 * The quantity of {@link #pastTheLimitProduct} past a new customer's credit limit.
	 */
	private int pastTheLimit;

	private volatile Instant restartedAt = Instant.now();

	@BeforeAll
	void customers() {
		for (int index = 0; index <= CUSTOMERS_WITHIN_LIMIT; index++) {
			String email = "faults-" + UUID.randomUUID() + "@example.com";
			this.api
				.post(WholeSystem.GATEWAY + "/api/auth/register", null,
						Map.of("email", email, "password", PASSWORD, "name", "Faults Customer " + index))
				.expect(201);
			String token = this.api.login(email, PASSWORD);
			this.customers.add(token);
			this.emails.put(token, email);
		}
		// the cheapest product: a customer's limit fits many orders, some are rejected
		// late
		List<JsonNode> products = this.api.products();
		this.product = products.stream().min(FaultsIT::byPrice).orElseThrow().get("id").asString();
		// the dearest product past the limit: few enough of it to be a valid order
		JsonNode dearest = products.stream().max(FaultsIT::byPrice).orElseThrow();
		this.pastTheLimitProduct = dearest.get("id").asString();
		BigDecimal limit = amount(this.api.me(overLimitCustomer()).get("credit").get("limit"));
		this.pastTheLimit = limit.divide(amount(dearest.get("price")), 0, RoundingMode.FLOOR).intValueExact() + 1;
		assertThat(this.pastTheLimit).as("an order past the limit within the quantity allowed")
			.isLessThanOrEqualTo(1000);
	}

	private static int byPrice(JsonNode a, JsonNode b) {
		return amount(a.get("price")).compareTo(amount(b.get("price")));
	}

	private static BigDecimal amount(JsonNode money) {
		return new BigDecimal(money.get("amount").asString());
	}

	@Test
	@Order(1)
	void killingUserServiceUnderLoadLosesNothing() {
		Run run = underLoad("kill -9 user-service", () -> {
			this.system.kill("user-service");
			ServiceProcess.sleep(Duration.ofSeconds(3));
			this.system.start("user-service");
			backAgain();
		});
		// its work waits in the orders topic: nothing refused
		assertThat(run.refusals()).isEmpty();
	}

	@Test
	@Order(2)
	void killingOrderServiceAnswers503WhileDownAndRecoversByItself() {
		Run run = underLoad("kill -9 order-service", () -> {
			this.system.kill("order-service");
			Api.Response whileDown = Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> this.api.get(WholeSystem.GATEWAY + "/api/orders", this.customers.get(0)),
						(response) -> response.status() == 503);
			assertThat(whileDown.body().get("type").asString()).startsWith("urn:orderflow:problem:");
			this.system.start("order-service");
			backAgain();
		});
		// the gateway answers for it while it is down
		assertThat(run.refusals()).isNotEmpty().allMatch(Refusal.PROBLEM_503::equals);
	}

	@Test
	@Order(3)
	void killingKafkaUnderLoadLosesNothing() {
		Run run = underLoad("kill -9 Kafka", () -> {
			this.system.kill("kafka");
			ServiceProcess.sleep(Duration.ofSeconds(5));
			this.system.start("kafka");
			backAgain();
		});
		// the events wait in the outboxes, and the deadlines wait for them
		assertThat(run.refusals()).isEmpty();
		assertThat(run.outcomes()).doesNotContainKey("REJECTED(TIMEOUT)");
	}

	@Test
	@Order(4)
	void restartingPostgresUnderLoadLosesNothing() {
		Run run = underLoad("restart PostgreSQL", () -> {
			this.system.restart("postgres");
			backAgain();
		});
		// nothing can be stored meanwhile: refused, each with a problem
		assertThat(run.refusals()).allMatch(Refusal.PROBLEM_503::equals);
	}

	@Test
	@Order(5)
	void killingNotificationServiceUnderLoadLosesNothing() {
		Run run = underLoad("kill -9 notification-service", () -> {
			this.system.kill("notification-service");
			ServiceProcess.sleep(Duration.ofSeconds(3));
			this.system.start("notification-service");
			backAgain();
		});
		// not on the saga's path: nothing refused; I3/I4 above: one notification each
		assertThat(run.refusals()).isEmpty();
		assertThat(run.outcomes()).doesNotContainKey("REJECTED(TIMEOUT)");
	}

	@Test
	@Order(6)
	void killingTheGatewayRefusesConnectionsAndRecoversByItself() {
		Run run = underLoad("kill -9 gateway", () -> {
			this.system.kill("gateway-service");
			ServiceProcess.sleep(Duration.ofSeconds(2));
			this.system.start("gateway-service");
			backAgain();
		});
		// nobody listens while it is down (a request in flight loses its connection);
		// starting, it may not have its routes yet
		assertThat(run.refusals()).isNotEmpty()
			.allMatch(EnumSet.of(Refusal.CONNECTION_REFUSED, Refusal.CONNECTION_LOST, Refusal.PROBLEM_503)::contains)
			.contains(Refusal.CONNECTION_REFUSED);
	}

	@Test
	@Order(7)
	void killingTheRegistryChangesNothing() {
		Run run = underLoad("kill -9 registry", () -> {
			this.system.kill("discovery-service");
			ServiceProcess.sleep(Duration.ofSeconds(10));
			this.system.start("discovery-service");
			backAgain();
		});
		// the gateway and the services route from the registry they fetched last
		assertThat(run.refusals()).isEmpty();
	}

	@Test
	@Order(8)
	void killingZipkinChangesNothing() {
		Run run = underLoad("kill -9 Zipkin", () -> {
			this.system.kill("zipkin");
			ServiceProcess.sleep(Duration.ofSeconds(5));
			this.system.start("zipkin");
			backAgain();
		});
		// spans are dropped meanwhile, nothing else
		assertThat(run.refusals()).isEmpty();
	}

	@Test
	@Order(9)
	void freezingKafkaLongerThanTheClientTimeoutsLosesNothing() {
		Run run = underLoad("SIGSTOP Kafka (15 s)", () -> {
			this.system.freeze("kafka");
			// past the clients' request and session timeouts (10 s)
			ServiceProcess.sleep(Duration.ofSeconds(15));
			this.system.thaw("kafka");
			backAgain();
		});
		assertThat(run.refusals()).isEmpty();
		assertThat(run.outcomes()).doesNotContainKey("REJECTED(TIMEOUT)");
	}

	@Test
	@Order(10)
	void freezingPostgresLongerThanTheGatewaysTimeLimitLosesNothing() {
		Run run = underLoad("SIGSTOP PostgreSQL (15 s)", () -> {
			this.system.freeze("postgres");
			// past the gateway's time limit (5 s): requests are cut while their
			// statements hang
			ServiceProcess.sleep(Duration.ofSeconds(15));
			this.system.thaw("postgres");
			backAgain();
		});
		// nothing can be stored meanwhile: each refusal a problem, 503 or the gateway's
		// 504
		assertThat(run.refusals()).allMatch(EnumSet.of(Refusal.PROBLEM_503, Refusal.PROBLEM_504)::contains);
	}

	@Test
	@Order(11)
	void aCrashAfterTheBrokersAcknowledgementAndBeforeMarkingSentTakesEffectOnce() throws Exception {
		double duplicatesBefore = duplicateOrderEventsAtUserService();
		// its log is appended to by every start: only what is written from now on counts
		Path log = this.system.log("order-service");
		long logBefore = Files.size(log);
		Callable<Boolean> halted = () -> {
			String text = Files.readString(log);
			return text.substring((int) Math.min(logBefore, text.length()))
				.contains("Halting after the broker acknowledged");
		};
		Run run = underLoad("halt after the broker's acknowledgement", () -> {
			this.system.kill("order-service");
			// the test-only switch halts it once the broker acknowledged its first batch
			if (this.system.startWith("order-service",
					Map.of("ORDERFLOW_MESSAGING_RELAY_HALTAFTERACKNOWLEDGED", "true"))) {
				// an order of its own, in case the load has ended: its event is the batch
				Awaitility.await()
					.atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofMillis(500))
					.ignoreExceptions()
					.until(() -> halted.call() || this.api
						.post(WholeSystem.GATEWAY + "/api/orders", this.customers.get(0),
								Map.of("items", List.of(Map.of("productId", this.product, "quantity", 1))))
						.status() == 202 && halted.call());
			}
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(halted);
			this.system.start("order-service");
			backAgain();
		});
		assertThat(run.refusals()).allMatch(Refusal.PROBLEM_503::equals);
		// the acknowledged events were published again, and user-service applied them
		// once
		// (I2 and I3 held above)
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(this::duplicateOrderEventsAtUserService, (duplicates) -> duplicates > duplicatesBefore);
	}

	/** user-service's count of order events it had already applied. */
	private double duplicateOrderEventsAtUserService() throws IOException, InterruptedException {
		HttpResponse<String> metrics = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8081/actuator/prometheus"))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).isEqualTo(200);
		return metrics.body()
			.lines()
			.filter((line) -> line.startsWith("orderflow_events_consumed_total{")
					&& line.contains("outcome=\"duplicate\"") && line.contains("topic=\"orders.order.v1\""))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	/**
	 * Places orders in the background while the fault happens, waits for the load, checks
	 * the invariants over every order placed so far, and reports this run.
	 */
	private Run underLoad(String fault, Runnable inject) {
		List<Placed> run = new CopyOnWriteArrayList<>();
		List<Refusal> refusals = new CopyOnWriteArrayList<>();
		Thread load = new Thread(() -> {
			for (int index = 0; index < ORDERS_PER_RUN; index++) {
				boolean pastItsLimit = index % (CUSTOMERS_WITHIN_LIMIT + 1) == CUSTOMERS_WITHIN_LIMIT;
				String token = pastItsLimit ? overLimitCustomer() : this.customers.get(index % CUSTOMERS_WITHIN_LIMIT);
				try {
					Api.Response response = this.api.post(WholeSystem.GATEWAY + "/api/orders", token, Map.of("items",
							List.of(pastItsLimit
									? Map.of("productId", this.pastTheLimitProduct, "quantity", this.pastTheLimit)
									: Map.of("productId", this.product, "quantity", 1))));
					if (response.status() == 202) {
						String id = response.body().get("id").asString();
						run.add(new Placed(token, id));
						if (index % 8 == 1) {
							cancelIfPossible(token, id);
						}
					}
					else {
						refusals.add(Refusal.of(response));
					}
				}
				catch (RuntimeException ex) {
					// not accepted, so nothing to keep
					refusals.add(Refusal.of(ex));
				}
				ServiceProcess.sleep(Duration.ofMillis(300));
			}
		}, "order-load");
		load.start();
		// two rounds of the customers before the fault: each kind of outcome is on its
		// way
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> run.size() >= 2 * (CUSTOMERS_WITHIN_LIMIT + 1));
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
		Run result = report(fault, run, refusals);
		assertThat(result.recovery()).as("from the part being back to the first order approved")
			.isNotNull()
			.isLessThanOrEqualTo(RECOVERY);
		assertThat(result.outcomes()).containsKeys("APPROVED", "REJECTED(INSUFFICIENT_CREDIT)", "CANCELLED");
		return result;
	}

	/**
	 * A customer changing their mind at once; while order-service is down, they cannot.
	 */
	private void cancelIfPossible(String token, String id) {
		try {
			this.api.cancel(token, id);
		}
		catch (RuntimeException ex) {
			// the order then ends as the saga decides
		}
	}

	private String overLimitCustomer() {
		return this.customers.get(CUSTOMERS_WITHIN_LIMIT);
	}

	/** The part is back (started and healthy): recovery is measured from here. */
	private void backAgain() {
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
	 * What the closing note asks for: counts per terminal state, the refusals and the
	 * recovery time.
	 */
	private Run report(String fault, List<Placed> run, List<Refusal> refusals) {
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
		Map<Refusal, Long> refused = new TreeMap<>(
				refusals.stream().collect(Collectors.groupingBy((refusal) -> refusal, Collectors.counting())));
		Duration recovery = (firstApprovedAgain != null) ? Duration.between(this.restartedAt, firstApprovedAgain)
				: null;
		System.out.printf(
				"fault %s: %d orders placed, %d accepted, %d refused %s, outcomes %s; I1-I5 held over all"
						+ " %d orders placed so far; back -> first order approved again: %s%n",
				fault, run.size() + refusals.size(), run.size(), refusals.size(), refused, outcomes, this.placed.size(),
				(recovery != null) ? recovery.toMillis() + " ms" : "none");
		return new Run(outcomes, refusals, recovery);
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
			// I3, I4: exactly one notification of each order's outcome, and of its
			// approval
			// too if it was cancelled once approved
			Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptions()
				.untilAsserted(() -> {
					Map<String, List<String>> notifications = notificationsByOrder(token);
					for (String id : placedByCustomer) {
						List<String> ofOrder = notifications.getOrDefault(id, List.of());
						String outcome = "ORDER_" + statuses.get(id);
						if ("ORDER_CANCELLED".equals(outcome) && ofOrder.size() == 2) {
							assertThat(ofOrder).as("notifications of order %s", id)
								.containsExactlyInAnyOrder("ORDER_APPROVED", outcome);
						}
						else {
							assertThat(ofOrder).as("notifications of order %s", id).containsExactly(outcome);
						}
					}
				});
			// I4: an email for each notification (the welcome and one per outcome); email
			// is
			// at least once (ADR 0010), so a part killed mid-send may send one twice
			String mailbox = WholeSystem.MAIL + "/api/user/" + this.emails.get(token) + "/messages/INBOX";
			Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptions()
				.untilAsserted(
						() -> assertThat(this.api.get(mailbox, null).expect(200).body().size()).isGreaterThanOrEqualTo(
								1 + notificationsByOrder(token).values().stream().mapToInt(List::size).sum()));
		}
	}

	/** Every page of a list: a customer places more than one page of orders here. */
	private List<JsonNode> all(String path, String token) {
		List<JsonNode> items = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode body = this.api.get(WholeSystem.GATEWAY + path + "&page=" + page, token).expect(200).body();
			List<JsonNode> ofPage = JourneyIT.items(body);
			items.addAll(ofPage);
			if (ofPage.isEmpty() || items.size() >= body.get("totalItems").asLong()) {
				return items;
			}
		}
	}

	private Map<String, String> statusesOf(String token) {
		Map<String, String> statuses = new HashMap<>();
		for (JsonNode order : all("/api/orders?size=100", token)) {
			statuses.put(order.get("id").asString(), order.get("status").asString());
		}
		return statuses;
	}

	private BigDecimal approvedTotal(String token) {
		BigDecimal approved = BigDecimal.ZERO;
		for (JsonNode order : all("/api/orders?status=APPROVED&size=100", token)) {
			approved = approved.add(new BigDecimal(order.get("total").get("amount").asString()));
		}
		return approved;
	}

	private Map<String, List<String>> notificationsByOrder(String token) {
		Map<String, List<String>> byOrder = new HashMap<>();
		for (JsonNode notification : all("/api/notifications?size=100", token)) {
			String orderId = notification.path("orderId").asString(null);
			if (orderId != null) {
				byOrder.computeIfAbsent(orderId, (id) -> new ArrayList<>()).add(notification.get("type").asString());
			}
		}
		return byOrder;
	}

	private record Placed(String token, String id) {

	}

	/**
	 * One fault run's results.
	 *
	 * @param outcomes accepted orders by final state
	 * @param refusals the orders not accepted
	 * @param recovery from the part being back to the first order approved, or null
	 */
	private record Run(Map<String, Integer> outcomes, List<Refusal> refusals, Duration recovery) {

	}

	/** How an order was refused. */
	private enum Refusal {

		/** 503 problem+json: the gateway or order-service said it cannot take it now. */
		PROBLEM_503,
		/** 504 problem+json: the gateway's time limit cut a request that hung. */
		PROBLEM_504,
		/** Nobody listened on the gateway's port. */
		CONNECTION_REFUSED,
		/** The connection broke before an answer: the gateway died under the request. */
		CONNECTION_LOST,
		/** Anything else: a status or an error that a fault should not cause. */
		OTHER;

		static Refusal of(Api.Response response) {
			try {
				boolean problem = response.body().path("type").asString("").startsWith("urn:orderflow:problem:");
				return !problem ? OTHER
						: (response.status() == 503) ? PROBLEM_503 : (response.status() == 504) ? PROBLEM_504 : OTHER;
			}
			catch (RuntimeException notJson) {
				return OTHER;
			}
		}

		static Refusal of(RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof ConnectException) {
					return CONNECTION_REFUSED;
				}
				if (cause instanceof HttpTimeoutException) {
					return OTHER;
				}
				if (cause instanceof IOException) {
					return CONNECTION_LOST;
				}
			}
			return OTHER;
		}

	}

}
