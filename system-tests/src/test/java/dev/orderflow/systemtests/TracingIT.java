package dev.orderflow.systemtests;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One order, one trace: from the gateway through order-service, over Kafka (the trace
 * context travels through the outbox) to user-service and back, and on to
 * notification-service, all in Zipkin.
 */
class TracingIT {

	private static final Set<String> SERVICES = Set.of("gateway-service", "order-service", "user-service",
			"notification-service");

	private final WholeSystem system = WholeSystem.up();

	private final Api api = new Api(WholeSystem.GATEWAY, WholeSystem.GATEWAY);

	@Test
	void anOrderIsOneTraceAcrossTheGatewayAndEveryService() {
		String email = "traced-" + UUID.randomUUID() + "@example.com";
		this.api
			.post(WholeSystem.GATEWAY + "/api/auth/register", null,
					Map.of("email", email, "password", "traced customer password", "name", "Traced"))
			.expect(201);
		String token = this.api.login(email, "traced customer password");
		String product = this.api.products().get(0).get("id").asString();

		// the client starts the trace, as a frontend instrumented with OpenTelemetry does
		String traceId = hex(32);
		Api.Response placed = this.api.send("POST", WholeSystem.GATEWAY + "/api/orders", token,
				Map.of("items", List.of(Map.of("productId", product, "quantity", 1))),
				Map.of("traceparent", "00-" + traceId + "-" + hex(16) + "-01"));
		placed.expect(202);
		String orderId = placed.body().get("id").asString();
		Awaitility.await()
			.atMost(Duration.ofSeconds(40))
			.until(() -> this.api.order(token, orderId).get("status").asString(), "APPROVED"::equals);

		Set<String> services = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> servicesIn(traceId), (found) -> found.containsAll(SERVICES));
		assertThat(services).containsAll(SERVICES);
	}

	private static String hex(int digits) {
		return UUID.randomUUID()
			.toString()
			.replace("-", "")
			.concat(UUID.randomUUID().toString().replace("-", ""))
			.substring(0, digits);
	}

	private Set<String> servicesIn(String traceId) {
		Set<String> services = new HashSet<>();
		Api.Response trace = this.api.get(WholeSystem.ZIPKIN + "/api/v2/trace/" + traceId, null);
		if (trace.status() == 200) {
			for (JsonNode span : trace.body()) {
				services.add(span.get("localEndpoint").get("serviceName").asString());
			}
		}
		return services;
	}

}
