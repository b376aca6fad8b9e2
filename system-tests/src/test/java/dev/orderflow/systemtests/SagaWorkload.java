package dev.orderflow.systemtests;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stream of orders through the gateway that mixes every outcome, and the invariants of
 * docs/architecture.md checked over the orders it placed: what the fault and chaos runs
 * share. Customers within their limit (raised to a million) get approvals, one of them
 * cancels some of its orders at once, and one more customer orders past its limit
 * (rejections). I1 every accepted order ends APPROVED, REJECTED or CANCELLED; I2 each
 * customer's reserved credit is the sum of their approved orders and within the limit;
 * I3/I4 each terminal order has exactly one notification of its outcome, and an email for
 * each notification; I5 nothing accepted is lost.
 */
final class SagaWorkload {

	/** Customers ordering within their limit; one more orders past it. */
	static final int CUSTOMERS_WITHIN_LIMIT = 3;

	private static final String PASSWORD = "saga workload password";

	private final Api api;

	/** The customers' emails. */
	private final List<String> customers = new ArrayList<>();

	/**
	 * Each customer's access token and when it was issued: a run longer than a token's 15
	 * minutes logs in again.
	 */
	private final Map<String, Token> tokens = new ConcurrentHashMap<>();

	private final String product;

	private final String pastTheLimitProduct;

	/**
	 * The quantity of {@link #pastTheLimitProduct} past a new customer's credit limit.
	 */
	private final int pastTheLimit;

	/** Registers the customers and picks the products. */
	SagaWorkload(Api api, String name) {
		this.api = api;
		for (int index = 0; index <= CUSTOMERS_WITHIN_LIMIT; index++) {
			String email = name + "-" + UUID.randomUUID() + "@example.com";
			api.post(WholeSystem.GATEWAY + "/api/auth/register", null,
					Map.of("email", email, "password", PASSWORD, "name", name + " customer " + index))
				.expect(201);
			this.customers.add(email);
			this.tokens.put(email, new Token(api.login(email, PASSWORD), Instant.now()));
		}
		// within their limit however long the run: the default limit holds 80 of the
		// cheapest product
		String admin = api.login(WholeSystem.ADMIN_EMAIL, WholeSystem.ADMIN_PASSWORD);
		for (String customer : this.customers.subList(0, CUSTOMERS_WITHIN_LIMIT)) {
			api.changeUser(admin, api.me(token(customer)).get("id").asString(),
					Map.of("creditLimit", Map.of("amount", "1000000.00", "currency", "EUR")));
		}
		// the cheapest product: a customer's limit fits many orders
		List<JsonNode> products = api.products();
		this.product = products.stream().min(SagaWorkload::byPrice).orElseThrow().get("id").asString();
		// the dearest product past the limit: few enough of it to be a valid order
		JsonNode dearest = products.stream().max(SagaWorkload::byPrice).orElseThrow();
		this.pastTheLimitProduct = dearest.get("id").asString();
		BigDecimal limit = amount(api.me(token(overLimitCustomer())).get("credit").get("limit"));
		this.pastTheLimit = limit.divide(amount(dearest.get("price")), 0, RoundingMode.FLOOR).intValueExact() + 1;
		assertThat(this.pastTheLimit).as("an order past the limit within the quantity allowed")
			.isLessThanOrEqualTo(1000);
	}

	/**
	 * Places the {@code index}th order of a stream: customers in turn, every fourth order
	 * past its customer's limit, every eighth cancelled at once.
	 * @param accepted where an accepted order goes
	 * @param refusals where a refusal goes
	 */
	void place(int index, List<Placed> accepted, List<Refusal> refusals) {
		boolean pastItsLimit = index % (CUSTOMERS_WITHIN_LIMIT + 1) == CUSTOMERS_WITHIN_LIMIT;
		String customer = pastItsLimit ? overLimitCustomer() : this.customers.get(index % CUSTOMERS_WITHIN_LIMIT);
		String token = token(customer);
		try {
			Api.Response response = this.api.post(WholeSystem.GATEWAY + "/api/orders", token,
					Map.of("items",
							List.of(pastItsLimit
									? Map.of("productId", this.pastTheLimitProduct, "quantity", this.pastTheLimit)
									: Map.of("productId", this.product, "quantity", 1))));
			if (response.status() == 202) {
				String id = response.body().get("id").asString();
				accepted.add(new Placed(customer, id));
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
	}

	/**
	 * An order placed once the system is back, retried while the gateway still refuses.
	 */
	Placed probe() {
		String customer = this.customers.get(0);
		Api.Response placed = Awaitility.await()
			.atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(500))
			.ignoreExceptions()
			.until(() -> this.api.post(WholeSystem.GATEWAY + "/api/orders", token(customer),
					Map.of("items", List.of(Map.of("productId", this.product, "quantity", 1)))),
					(response) -> response.status() == 202);
		return new Placed(customer, placed.body().get("id").asString());
	}

	/** An order of the first customer, for a check that needs one more. */
	Api.Response placeOne() {
		return this.api.post(WholeSystem.GATEWAY + "/api/orders", anyToken(),
				Map.of("items", List.of(Map.of("productId", this.product, "quantity", 1))));
	}

	/**
	 * Accepted orders as the API lists them now, by id: a few pages per customer rather
	 * than a request per order, which a long run's thousands of orders would spend on the
	 * gateway's rate limit.
	 */
	Map<String, JsonNode> views(List<Placed> placed) {
		Map<String, JsonNode> listed = new HashMap<>();
		for (String customer : this.customers) {
			listed.putAll(ordersOf(customer));
		}
		Map<String, JsonNode> views = new HashMap<>();
		for (Placed order : placed) {
			views.put(order.id(), listed.get(order.id()));
		}
		return views;
	}

	/** Its status, with the rejection's reason: {@code REJECTED(TIMEOUT)}. */
	static String outcome(JsonNode view) {
		String status = view.get("status").asString();
		return view.has("rejectionReason") ? status + "(" + view.get("rejectionReason").asString() + ")" : status;
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

	/** A customer's token for a request that only needs to be signed in. */
	String anyToken() {
		return token(this.customers.get(0));
	}

	/**
	 * The customer's access token, from a new login once it is 10 minutes old; the old
	 * one (valid for 15) while logging in fails, as it does while user-service is down.
	 */
	private String token(String customer) {
		return this.tokens.compute(customer, (email, token) -> {
			if (token != null && token.issued().isAfter(Instant.now().minus(Duration.ofMinutes(10)))) {
				return token;
			}
			try {
				return new Token(this.api.login(email, PASSWORD), Instant.now());
			}
			catch (RuntimeException | AssertionError loginFailed) {
				if (token == null) {
					throw loginFailed;
				}
				return token;
			}
		}).value();
	}

	private String overLimitCustomer() {
		return this.customers.get(CUSTOMERS_WITHIN_LIMIT);
	}

	private static int byPrice(JsonNode a, JsonNode b) {
		return amount(a.get("price")).compareTo(amount(b.get("price")));
	}

	private static BigDecimal amount(JsonNode money) {
		return new BigDecimal(money.get("amount").asString());
	}

	/**
	 * A few calls per customer, not per order: the gateway's rate limit applies to the
	 * checks too.
	 */
	void assertInvariants(List<Placed> placed) {
		for (String customer : this.customers) {
			List<String> placedByCustomer = placed.stream()
				.filter((order) -> order.customer().equals(customer))
				.map(Placed::id)
				.toList();
			// I1, I5: every accepted order is there and decided (the deadline is 30 s)
			Map<String, JsonNode> orders = Awaitility.await()
				.atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptions()
				.until(() -> ordersOf(customer), (found) -> found.keySet().containsAll(placedByCustomer)
						&& found.values().stream().noneMatch((order) -> "PENDING".equals(status(order))));
			Map<String, String> statuses = new HashMap<>();
			orders.forEach((id, order) -> statuses.put(id, status(order)));
			// I2: reserved credit = sum of approved totals, within the limit; decided
			// orders keep their state (a cancellation is asked for at once), so the
			// listing above, where every order of the customer is decided (also one whose
			// placement the client did not see answered), gives the total
			BigDecimal approvedTotal = approvedTotal(orders.values());
			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptions()
				.untilAsserted(() -> {
					JsonNode credit = this.api.me(token(customer)).get("credit");
					BigDecimal reserved = new BigDecimal(credit.get("reserved").get("amount").asString());
					assertThat(reserved).isEqualByComparingTo(approvedTotal);
					assertThat(reserved)
						.isLessThanOrEqualTo(new BigDecimal(credit.get("limit").get("amount").asString()));
				});
			// I3, I4: exactly one notification of each order's outcome, and of its
			// approval too if it was cancelled once approved
			Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptions()
				.untilAsserted(() -> {
					Map<String, List<String>> notifications = notificationsByOrder(customer);
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
			// I4: an email for each notification (the welcome and one per outcome);
			// email is at least once (ADR 0010), so a part killed mid-send may send one
			// twice, and what it had claimed goes out once its claim times out
			// (WholeSystem.CLAIM_TIMEOUT)
			String mailbox = WholeSystem.MAIL + "/api/user/" + customer + "/messages/INBOX";
			Awaitility.await()
				.atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptions()
				.untilAsserted(
						() -> assertThat(this.api.get(mailbox, null).expect(200).body().size()).isGreaterThanOrEqualTo(
								1 + notificationsByOrder(customer).values().stream().mapToInt(List::size).sum()));
		}
	}

	/** Every page of a list: a customer places more than one page of orders here. */
	private List<JsonNode> all(String path, String customer) {
		List<JsonNode> items = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode body = this.api.get(WholeSystem.GATEWAY + path + "&page=" + page, token(customer))
				.expect(200)
				.body();
			List<JsonNode> ofPage = JourneyIT.items(body);
			items.addAll(ofPage);
			if (ofPage.isEmpty() || items.size() >= body.get("totalItems").asLong()) {
				return items;
			}
		}
	}

	/** The customer's orders by id. */
	private Map<String, JsonNode> ordersOf(String customer) {
		Map<String, JsonNode> orders = new HashMap<>();
		for (JsonNode order : all("/api/orders?size=100", customer)) {
			orders.put(order.get("id").asString(), order);
		}
		return orders;
	}

	private static String status(JsonNode order) {
		return (order != null) ? order.get("status").asString() : null;
	}

	private static BigDecimal approvedTotal(Collection<JsonNode> orders) {
		BigDecimal approved = BigDecimal.ZERO;
		for (JsonNode order : orders) {
			if ("APPROVED".equals(status(order))) {
				approved = approved.add(amount(order.get("total")));
			}
		}
		return approved;
	}

	private Map<String, List<String>> notificationsByOrder(String customer) {
		Map<String, List<String>> byOrder = new HashMap<>();
		for (JsonNode notification : all("/api/notifications?size=100", customer)) {
			String orderId = notification.path("orderId").asString(null);
			if (orderId != null) {
				byOrder.computeIfAbsent(orderId, (id) -> new ArrayList<>()).add(notification.get("type").asString());
			}
		}
		return byOrder;
	}

	private record Token(String value, Instant issued) {

	}

	/**
	 * An accepted order.
	 *
	 * @param customer its customer's email
	 * @param id its id
	 */
	record Placed(String customer, String id) {

	}

	/** How an order was refused. */
	enum Refusal {

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
