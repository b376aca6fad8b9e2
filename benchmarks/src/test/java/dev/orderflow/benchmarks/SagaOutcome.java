package dev.orderflow.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

import dev.orderflow.benchmarks.Customers.Customer;

/**
 * What became of every order a run placed, read back through the API once the load has
 * stopped: each order terminal (I1), none rejected by the deadline, each customer's
 * reserved credit the sum of their approved totals (I2), exactly one notification on the
 * customer's stream per decision, the completion time of each order by the server's own
 * clock (created to decided) per arrival-rate step, and the time from each decision to
 * its notification on the stream.
 */
final class SagaOutcome {

	private static final Set<String> TERMINAL = Set.of("APPROVED", "REJECTED", "CANCELLED");

	/** How long the saga may take to decide the last orders after the load stops. */
	private static final Duration SETTLE = Duration.ofSeconds(120);

	private SagaOutcome() {
	}

	/** An order a virtual user placed, with the step (arrival rate) it was placed in. */
	record Placed(String customerId, String orderId, int step) {

	}

	/**
	 * Waits until every placed order is decided, checks the invariants, and prints one
	 * line per step.
	 * @return the lines printed
	 */
	static List<String> report(List<Customer> customers, Collection<Placed> placed, List<Integer> rates,
			long failedPlacements, long shed, NotificationStreams streams) {
		Map<String, List<JsonNode>> ordersByCustomer = awaitDecided(customers, placed);
		streams.awaitNotified(placed.stream().map(Placed::orderId).toList(), SETTLE);
		Map<String, Instant> notifiedAt = streams.arrivals();
		int notificationMismatches = 0;
		List<Long> notifiedAfter = new ArrayList<>();
		Map<String, JsonNode> orders = new HashMap<>();
		ordersByCustomer.values()
			.forEach((list) -> list.forEach((order) -> orders.put(order.get("id").asString(), order)));
		Map<Integer, List<Long>> millisByStep = new TreeMap<>();
		Map<String, Integer> outcomes = new TreeMap<>();
		int undecided = 0;
		int timedOut = 0;
		for (Placed order : placed) {
			JsonNode found = orders.get(order.orderId());
			String status = found == null ? "MISSING" : found.get("status").asString();
			if (!TERMINAL.contains(status)) {
				undecided++;
				continue;
			}
			String reason = found.path("rejectionReason").asString("");
			timedOut += "TIMEOUT".equals(reason) ? 1 : 0;
			outcomes.merge(status + (reason.isEmpty() ? "" : "(" + reason + ")"), 1, Integer::sum);
			Instant decidedAt = Instant.parse(found.get("updatedAt").asString());
			millisByStep.computeIfAbsent(order.step(), (step) -> new ArrayList<>())
				.add(Duration.between(Instant.parse(found.get("createdAt").asString()), decidedAt).toMillis());
			notificationMismatches += (streams.count(order.orderId()) == 1) ? 0 : 1;
			Instant notified = notifiedAt.get(order.orderId());
			if (notified != null) {
				notifiedAfter.add(Duration.between(decidedAt, notified).toMillis());
			}
		}
		int creditMismatches = creditMismatches(customers, ordersByCustomer);
		List<String> lines = new ArrayList<>();
		millisByStep.forEach((step, millis) -> lines
			.add(String.format("saga %d orders/s: %d decided, completion p50 %d ms, p95 %d ms, p99 %d ms, max %d ms",
					rates.get(step), millis.size(), percentile(millis, 50), percentile(millis, 95),
					percentile(millis, 99), percentile(millis, 100))));
		lines.add(String.format(
				"saga notification on the stream after the decision: %d of %d decided orders notified, p50 %d ms,"
						+ " p95 %d ms, p99 %d ms, max %d ms",
				notifiedAfter.size(), placed.size() - undecided, percentile(notifiedAfter, 50),
				percentile(notifiedAfter, 95), percentile(notifiedAfter, 99), percentile(notifiedAfter, 100)));
		lines.add(String.format(
				"saga checks: %d placed, %d refused fast (503, saga behind), %d placements failed, %d undecided,"
						+ " %d REJECTED(TIMEOUT), outcomes %s, %d customers with reserved credit != approved total,"
						+ " %d decided orders without exactly one notification on the stream -> %s",
				placed.size(), shed, failedPlacements, undecided, timedOut, outcomes, creditMismatches,
				notificationMismatches, (undecided == 0 && timedOut == 0 && creditMismatches == 0
						&& failedPlacements == 0 && notificationMismatches == 0) ? "PASS" : "FAIL"));
		write(lines);
		return lines;
	}

	private static Map<String, List<JsonNode>> awaitDecided(List<Customer> customers, Collection<Placed> placed) {
		Instant giveUp = Instant.now().plus(SETTLE);
		while (true) {
			Map<String, List<JsonNode>> byCustomer = new HashMap<>();
			Map<String, JsonNode> orders = new HashMap<>();
			for (Customer customer : customers) {
				List<JsonNode> own = ordersOf(customer);
				byCustomer.put(customer.id(), own);
				own.forEach((order) -> orders.put(order.get("id").asString(), order));
			}
			// every order of these customers, also one whose placement the client
			// saw fail (a timeout after the server stored it): its credit counts too
			boolean decided = placed.stream().allMatch((order) -> orders.containsKey(order.orderId()))
					&& orders.values().stream().allMatch((order) -> TERMINAL.contains(order.get("status").asString()));
			if (decided || Instant.now().isAfter(giveUp)) {
				return byCustomer;
			}
			sleep(Duration.ofSeconds(2));
		}
	}

	private static List<JsonNode> ordersOf(Customer customer) {
		List<JsonNode> orders = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode view = Customers.get(BenchSettings.ORDER_SERVICE + "/api/orders?size=100&page=" + page,
					customer.token());
			view.get("items").forEach(orders::add);
			if ((long) (page + 1) * 100 >= view.get("totalItems").asLong()) {
				return orders;
			}
		}
	}

	/** I2: reserved credit = the sum of the customer's approved totals. */
	private static int creditMismatches(List<Customer> customers, Map<String, List<JsonNode>> ordersByCustomer) {
		int mismatches = 0;
		for (Customer customer : customers) {
			BigDecimal approved = ordersByCustomer.getOrDefault(customer.id(), List.of())
				.stream()
				.filter((order) -> "APPROVED".equals(order.get("status").asString()))
				.map((order) -> new BigDecimal(order.get("total").get("amount").asString()))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			JsonNode me = Customers.get(BenchSettings.USER_SERVICE + "/api/users/me", customer.token());
			BigDecimal reserved = new BigDecimal(me.get("credit").get("reserved").get("amount").asString());
			if (reserved.compareTo(approved) != 0) {
				mismatches++;
			}
		}
		return mismatches;
	}

	static long percentile(List<Long> values, int percentile) {
		if (values.isEmpty()) {
			return -1;
		}
		List<Long> sorted = values.stream().sorted().toList();
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	static void write(List<String> lines) {
		try {
			Path file = Path.of(BenchSettings.SUMMARY_FILE);
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
