package dev.orderflow.systemtests;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The order saga end to end, on the whole system that {@code ./dev up} starts, through
 * the gateway as a frontend app calls it. Every test checks the invariants over the
 * orders it placed: each reaches a terminal state (I1) and the reserved credit equals the
 * sum of the user's approved orders and stays within the limit (I2).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderSagaIT {

	private static final Set<String> TERMINAL = Set.of("APPROVED", "REJECTED", "CANCELLED");

	static WholeSystem system;

	static Api api;

	static String adminToken;

	static JsonNode product;

	@BeforeAll
	static void start() {
		system = WholeSystem.up();
		api = new Api(WholeSystem.GATEWAY, WholeSystem.GATEWAY);
		adminToken = api.login(WholeSystem.ADMIN_EMAIL, WholeSystem.ADMIN_PASSWORD);
		// the cheapest, so that many orders fit in one credit limit
		product = api.products().stream().min(java.util.Comparator.comparing(OrderSagaIT::price)).orElseThrow();
	}

	@Test
	@Order(1)
	void approvesAnOrderWithinTheCreditLimit() {
		String token = api.customer(email());

		JsonNode placed = api.placeOrder(token, List.of(line(product, 2)));

		assertThat(placed.get("status").asString()).isEqualTo("PENDING");
		JsonNode done = awaitTerminal(token, placed.get("id").asString());
		assertThat(done.get("status").asString()).isEqualTo("APPROVED");
		assertInvariantI2(token, List.of(done));
	}

	@Test
	@Order(2)
	void rejectsAnOrderBeyondTheCreditLimit() {
		String token = api.customer(email());
		int quantity = new BigDecimal("1000.00").divide(price(product), 0, java.math.RoundingMode.DOWN).intValue() + 1;

		JsonNode done = awaitTerminal(token,
				api.placeOrder(token, List.of(line(product, quantity))).get("id").asString());

		assertThat(done.get("status").asString()).isEqualTo("REJECTED");
		assertThat(done.get("rejectionReason").asString()).isEqualTo("INSUFFICIENT_CREDIT");
		assertInvariantI2(token, List.of(done));
	}

	@Test
	@Order(3)
	void rejectsAnOrderOfASuspendedUser() {
		String token = api.customer(email());
		api.changeUser(adminToken, api.me(token).get("id").asString(), Map.of("status", "SUSPENDED"));

		JsonNode done = awaitTerminal(token, api.placeOrder(token, List.of(line(product, 1))).get("id").asString());

		assertThat(done.get("status").asString()).isEqualTo("REJECTED");
		assertThat(done.get("rejectionReason").asString()).isEqualTo("USER_SUSPENDED");
	}

	@Test
	@Order(4)
	void releasesTheCreditOfACancelledOrder() {
		String token = api.customer(email());
		JsonNode approved = awaitTerminal(token, api.placeOrder(token, List.of(line(product, 1))).get("id").asString());
		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");

		api.cancel(token, approved.get("id").asString()).expect(200);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(amount(api.me(token).get("credit").get("reserved"))).isZero());
		assertThat(api.order(token, approved.get("id").asString()).get("status").asString()).isEqualTo("CANCELLED");
		api.cancel(token, approved.get("id").asString()).expect(409);
	}

	@Test
	@Order(5)
	void neverReservesBeyondTheLimitUnderConcurrentOrders() throws Exception {
		String token = api.customer(email());
		BigDecimal price = price(product);
		int quantity = new BigDecimal("100.00").divide(price, 0, java.math.RoundingMode.UP)
			.max(BigDecimal.ONE)
			.intValue();
		int orders = 30;

		List<String> ids = placeConcurrently(token, orders, quantity);

		List<JsonNode> done = ids.stream().map((id) -> awaitTerminal(token, id)).toList();
		long approved = done.stream().filter((order) -> "APPROVED".equals(order.get("status").asString())).count();
		BigDecimal orderTotal = price.multiply(BigDecimal.valueOf(quantity));
		long fits = new BigDecimal("1000.00").divide(orderTotal, 0, java.math.RoundingMode.DOWN).longValue();
		System.out.printf("concurrent orders: placed %d, approved %d, rejected %d (limit fits %d)%n", orders, approved,
				orders - approved, fits);
		assertThat(approved).isEqualTo(Math.min(fits, orders));
		assertInvariantI2(token, done);
	}

	@Test
	@Order(6)
	void measuresTheSagaCompletionTimeOverAHundredOrders() {
		// four customers of 25 orders each: one customer's 100 orders in a row would be
		// over the gateway's per-customer rate limit (a burst of 40)
		Map<String, List<String>> idsByCustomer = new java.util.LinkedHashMap<>();
		for (int customer = 0; customer < 4; customer++) {
			String token = api.customer(email());
			api.changeUser(adminToken, api.me(token).get("id").asString(),
					Map.of("creditLimit", Map.of("amount", "1000000.00", "currency", "EUR")));
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < 25; i++) {
				ids.add(api.placeOrder(token, List.of(line(product, 1))).get("id").asString());
			}
			idsByCustomer.put(token, ids);
		}

		List<Long> millis = new ArrayList<>();
		idsByCustomer.forEach((token, ids) -> {
			for (String id : ids) {
				JsonNode done = awaitTerminal(token, id);
				assertThat(done.get("status").asString()).isEqualTo("APPROVED");
				millis.add(
						Duration
							.between(Instant.parse(done.get("createdAt").asString()),
									Instant.parse(done.get("updatedAt").asString()))
							.toMillis());
			}
			assertInvariantI2(token, ids.stream().map((id) -> api.order(token, id)).toList());
		});
		Collections.sort(millis);
		System.out.printf(
				"saga completion (created -> APPROVED, server clock) over %d orders: median %d ms, p95 %d ms,"
						+ " max %d ms%n",
				millis.size(), millis.get(millis.size() / 2), millis.get(millis.size() * 95 / 100),
				millis.get(millis.size() - 1));
	}

	@Test
	@Order(7)
	void rejectsAtTheDeadlineWhileUserServiceIsDownAndReleasesWhenItIsBack() {
		String token = api.customer(email());
		JsonNode before = awaitTerminal(token, api.placeOrder(token, List.of(line(product, 1))).get("id").asString());
		assertThat(before.get("status").asString()).isEqualTo("APPROVED");

		system.kill("user-service");
		Instant placedAt = Instant.now();
		String stranded = api.placeOrder(token, List.of(line(product, 1))).get("id").asString();
		JsonNode timedOut = awaitTerminal(token, stranded);
		System.out.printf("deadline: order rejected %d ms after it was placed (deadline %d s)%n",
				Duration.between(placedAt, Instant.now()).toMillis(), WholeSystem.SAGA_DEADLINE.toSeconds());
		assertThat(timedOut.get("status").asString()).isEqualTo("REJECTED");
		assertThat(timedOut.get("rejectionReason").asString()).isEqualTo("TIMEOUT");

		Instant restart = Instant.now();
		system.start("user-service");
		// Orders placed before user-service's consumers own their partitions again time
		// out
		// (that is the deadline doing its job); keep ordering until one is approved.
		List<JsonNode> afterRestart = new ArrayList<>();
		JsonNode after = null;
		while (after == null && Duration.between(restart, Instant.now()).compareTo(Duration.ofSeconds(90)) < 0) {
			JsonNode placed = api.placeOrder(token, List.of(line(product, 1)));
			JsonNode done = awaitTerminal(token, placed.get("id").asString());
			afterRestart.add(done);
			after = "APPROVED".equals(done.get("status").asString()) ? done : null;
		}
		assertThat(after).as("an order approved within 90 s of the restart").isNotNull();
		System.out.printf(
				"recovery: first order approved %d ms after user-service was started again"
						+ " (%d order(s) placed after the restart)%n",
				Duration.between(restart, Instant.now()).toMillis(), afterRestart.size());
		List<JsonNode> all = new ArrayList<>(List.of(before));
		all.addAll(afterRestart);
		// user-service reserved for the stranded order when it came back, then released
		// it
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			List<JsonNode> current = new ArrayList<>(all);
			current.add(api.order(token, stranded));
			assertInvariantI2(token, current);
		});
	}

	private static List<String> placeConcurrently(String token, int orders, int quantity) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> placed = new ArrayList<>();
			for (int i = 0; i < orders; i++) {
				placed.add(pool
					.submit(() -> api.placeOrder(token, List.of(line(product, quantity))).get("id").asString()));
			}
			List<String> ids = new ArrayList<>();
			for (Future<String> future : placed) {
				ids.add(future.get());
			}
			return ids;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * I1: the order reaches a terminal state within the saga deadline plus delivery
	 * slack.
	 */
	private static JsonNode awaitTerminal(String token, String id) {
		return await().atMost(WholeSystem.SAGA_DEADLINE.plusSeconds(25))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> api.order(token, id), (order) -> TERMINAL.contains(order.get("status").asString()));
	}

	/**
	 * I2: reserved = sum of the totals of the user's APPROVED orders, and never above the
	 * limit.
	 */
	private static void assertInvariantI2(String token, List<JsonNode> orders) {
		JsonNode credit = api.me(token).get("credit");
		BigDecimal approved = orders.stream()
			.filter((order) -> "APPROVED".equals(order.get("status").asString()))
			.map((order) -> amount(order.get("total")))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(amount(credit.get("reserved"))).isEqualByComparingTo(approved);
		assertThat(amount(credit.get("reserved"))).isLessThanOrEqualTo(amount(credit.get("limit")));
	}

	private static Map<String, Object> line(JsonNode product, int quantity) {
		return Map.of("productId", product.get("id").asString(), "quantity", quantity);
	}

	private static BigDecimal price(JsonNode product) {
		return amount(product.get("price"));
	}

	private static BigDecimal amount(JsonNode money) {
		return new BigDecimal(money.get("amount").asString());
	}

	private static String email() {
		return "saga-" + UUID.randomUUID() + "@example.com";
	}

}
