package dev.orderflow.benchmarks;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customers and the product a run orders with, made before the measured part
 * (straight at the services: setting up is not what is measured, and the edge's limits
 * are for the load). Each customer gets a credit limit that no run exhausts, so that
 * every order is decided on its merits and not by an empty credit line.
 */
final class Customers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final String PASSWORD = "benchmark customer password";

	private Customers() {
	}

	record Customer(String id, String token) {

	}

	/** Registers {@code count} new customers (four at a time) and signs them in. */
	static List<Customer> register(int count) {
		String admin = login(BenchSettings.ADMIN_EMAIL, BenchSettings.ADMIN_PASSWORD);
		String run = UUID.randomUUID().toString().substring(0, 8);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Customer>> made = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String email = "bench-" + run + "-" + i + "@bench.test";
				made.add(pool.submit(() -> customer(admin, email)));
			}
			List<Customer> customers = new ArrayList<>();
			for (Future<Customer> customer : made) {
				customers.add(customer.get());
			}
			return Collections.unmodifiableList(customers);
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not make the customers: " + ex.getMessage(), ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * A Gatling feeder that takes the customers in turn ({@code customerId},
	 * {@code token}), read when fed: the simulations make their customers in
	 * {@code before()}, after the scenario was built.
	 */
	static Iterator<Map<String, Object>> inTurn(Supplier<List<Customer>> customers) {
		AtomicInteger next = new AtomicInteger();
		return Stream.generate(() -> {
			List<Customer> all = customers.get();
			Customer customer = all.get(Math.floorMod(next.getAndIncrement(), all.size()));
			return Map.<String, Object>of("customerId", customer.id(), "token", customer.token());
		}).iterator();
	}

	/** The cheapest product, so that an order's total stays small. */
	static String cheapestProduct() {
		JsonNode page = send("GET", BenchSettings.ORDER_SERVICE + "/api/products?size=100", null, null, 200);
		List<JsonNode> products = new ArrayList<>();
		page.get("items").forEach(products::add);
		return products.stream()
			.min(Comparator
				.comparing((JsonNode product) -> new BigDecimal(product.get("price").get("amount").asString())))
			.orElseThrow()
			.get("id")
			.asString();
	}

	static String login(String email, String password) {
		return send("POST", BenchSettings.USER_SERVICE + "/api/auth/login", null,
				Map.of("email", email, "password", password), 200)
			.get("accessToken")
			.asString();
	}

	static JsonNode get(String url, String token) {
		return send("GET", url, token, null, 200);
	}

	private static Customer customer(String admin, String email) {
		JsonNode user = send("POST", BenchSettings.USER_SERVICE + "/api/auth/register", null,
				Map.of("email", email, "password", PASSWORD, "name", "Benchmark Customer"), 201);
		String id = user.get("id").asString();
		send("PATCH", BenchSettings.USER_SERVICE + "/api/users/" + id, admin,
				Map.of("creditLimit", Map.of("amount", "100000000.00", "currency", "EUR")), 200);
		return new Customer(id, login(email, PASSWORD));
	}

	private static JsonNode send(String method, String url, String token, Object body, int expected) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw new IllegalStateException(
						method + " " + url + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(method + " " + url + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
