package dev.orderflow.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.orderflow.benchmarks.Customers.Customer;

/**
 * Every customer's {@code GET /api/notifications/stream}, open through the gateway for
 * the whole run as a storefront keeps it: when each order's first notification arrived,
 * by this machine's clock (the services' clock too: everything runs on one box). Read
 * without a thread per stream (a line subscriber), so that hundreds of streams cost the
 * load generator little.
 */
final class NotificationStreams implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Map<String, Instant> arrivals = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private final List<Flow.Subscription> open = new CopyOnWriteArrayList<>();

	private final AtomicInteger connected = new AtomicInteger();

	/** Opens one stream per customer and waits until each has said it is connected. */
	static NotificationStreams open(List<Customer> customers) {
		NotificationStreams streams = new NotificationStreams();
		customers.forEach((customer) -> streams.subscribe(customer.token()));
		Instant giveUp = Instant.now().plusSeconds(30);
		while (streams.connected.get() < customers.size() && Instant.now().isBefore(giveUp)) {
			SagaOutcome.sleep(Duration.ofMillis(100));
		}
		if (streams.connected.get() < customers.size()) {
			streams.close();
			throw new IllegalStateException(
					"only " + streams.connected.get() + " of " + customers.size() + " notification streams opened");
		}
		return streams;
	}

	/** When the first notification of each order arrived. */
	Map<String, Instant> arrivals() {
		return Map.copyOf(this.arrivals);
	}

	/** How many notifications arrived for an order. */
	int count(String orderId) {
		AtomicInteger count = this.counts.get(orderId);
		return count == null ? 0 : count.get();
	}

	/** Waits until each of these orders has been notified, at most {@code atMost}. */
	void awaitNotified(Collection<String> orderIds, Duration atMost) {
		Instant giveUp = Instant.now().plus(atMost);
		while (!this.arrivals.keySet().containsAll(orderIds) && Instant.now().isBefore(giveUp)) {
			SagaOutcome.sleep(Duration.ofMillis(500));
		}
	}

	@Override
	public void close() {
		this.open.forEach(Flow.Subscription::cancel);
	}

	private void subscribe(String token) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(BenchSettings.GATEWAY + "/api/notifications/stream"))
			.header("Accept", "text/event-stream")
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
		this.http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Lines()));
	}

	private final class Lines implements Flow.Subscriber<String> {

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
			NotificationStreams.this.open.add(subscription);
		}

		@Override
		public void onNext(String line) {
			if (line.startsWith(":") && line.substring(1).strip().equals("connected")) {
				NotificationStreams.this.connected.incrementAndGet();
			}
			else if (line.startsWith("data:")) {
				Instant now = Instant.now();
				JsonNode notification = JSON.readTree(line.substring(5).trim());
				String orderId = notification.path("orderId").asString("");
				if (!orderId.isEmpty()) {
					NotificationStreams.this.arrivals.putIfAbsent(orderId, now);
					NotificationStreams.this.counts.computeIfAbsent(orderId, (id) -> new AtomicInteger())
						.incrementAndGet();
				}
			}
		}

		@Override
		public void onError(Throwable error) {
			System.out.println("a notification stream failed: " + error);
		}

		@Override
		public void onComplete() {
		}

	}

}
