package dev.orderflow.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.orderflow.deployment.MonitoringQueries;
import dev.orderflow.deployment.ProjectTree;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every metric that a Grafana dashboard panel or a Prometheus alert under {@code ops/}
 * queries is exposed by a running service on {@code /actuator/prometheus}: a dashboard of
 * a misspelled or renamed metric shows "no data" and an alert on it never fires, and
 * neither is noticed until the day it matters.
 */
class MonitoredMetricsIT {

	/** Where Prometheus scrapes each service (./dev's ports, the local profile). */
	private static final Map<String, String> SCRAPED = Map.of("discovery-service", "http://127.0.0.1:8761",
			"user-service", "http://127.0.0.1:8081", "order-service", "http://127.0.0.1:8082", "notification-service",
			"http://127.0.0.1:8083", "gateway-service", WholeSystem.GATEWAY);

	private final WholeSystem system = WholeSystem.up();

	private final Api api = new Api(WholeSystem.GATEWAY, WholeSystem.GATEWAY);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@TempDir
	Path dir;

	@Test
	void everyMetricThatADashboardOrAlertQueriesIsExposedByAService() {
		String token = useEveryPart();
		Map<String, Set<String>> expected = MonitoringQueries.read(ProjectTree.root()).expectedFromServices();

		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(missing(expected, exposed(token))).isEmpty());
		System.out.println("monitoring: all " + expected.size() + " metrics queried by ops/ are exposed");
	}

	@Test
	void reportsADashboardThatQueriesAMetricNoServiceExposes() throws Exception {
		String token = this.api.login(WholeSystem.ADMIN_EMAIL, WholeSystem.ADMIN_PASSWORD);
		Path copy = ProjectTree.copy(this.dir, "ops");
		Path dashboard = copy.resolve("ops/grafana/dashboards/saga-overview.json");
		String json = Files.readString(dashboard);
		assertThat(json).contains("orderflow_orders_placed_total");
		Files.writeString(dashboard, json.replace("orderflow_orders_placed_total", "orderflow_orders_plased_total"));

		Set<String> exposed = exposed(token);
		Set<String> missingFromCopy = new TreeSet<>(
				missing(MonitoringQueries.read(copy).expectedFromServices(), exposed).keySet());
		// whatever the real files still wait for (this test may run first) is not the
		// point
		missingFromCopy
			.removeAll(missing(MonitoringQueries.read(ProjectTree.root()).expectedFromServices(), exposed).keySet());

		assertThat(missingFromCopy).containsExactly("orderflow_orders_plased_total");
	}

	// a customer's journey, a refused call and one unreadable event, so that every meter
	// that appears only once used (outcomes, dead letters, outbox) has appeared
	private String useEveryPart() {
		String token = this.api.customer("monitored-" + UUID.randomUUID() + "@example.com");
		String product = this.api.products().get(0).get("id").asString();
		String orderId = this.api
			.send("POST", WholeSystem.GATEWAY + "/api/orders", token,
					Map.of("items", List.of(Map.of("productId", product, "quantity", 1))), Map.of())
			.expect(202)
			.body()
			.get("id")
			.asString();
		Awaitility.await()
			.atMost(Duration.ofSeconds(40))
			.until(() -> this.api.order(token, orderId).get("status").asString(), "APPROVED"::equals);
		this.api.send("GET", WholeSystem.GATEWAY + "/api/orders/" + UUID.randomUUID(), token, null, Map.of())
			.expect(404);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092", ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
			// no CloudEvents headers: unreadable, so it goes to the dead-letter topic at
			// once
			producer.send(new ProducerRecord<>("orders.order.v1", "monitoring-check", "{}")).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not publish the unreadable event", ex);
		}
		return token;
	}

	private Set<String> exposed(String token) throws IOException, InterruptedException {
		Set<String> names = new TreeSet<>();
		for (Map.Entry<String, String> service : SCRAPED.entrySet()) {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create(service.getValue() + "/actuator/prometheus"))
				.timeout(Duration.ofSeconds(10));
			if (service.getKey().equals("gateway-service")) {
				// locally the gateway has no separate management port: its actuator needs
				// a token
				request.header("Authorization", "Bearer " + token);
			}
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(service.getKey()).isEqualTo(200);
			response.body()
				.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.split("[{ ]", 2)[0])
				.forEach(names::add);
		}
		return names;
	}

	private static Map<String, Set<String>> missing(Map<String, Set<String>> expected, Set<String> exposed) {
		Map<String, Set<String>> missing = new TreeMap<>(expected);
		missing.keySet().removeAll(exposed);
		return missing;
	}

}
