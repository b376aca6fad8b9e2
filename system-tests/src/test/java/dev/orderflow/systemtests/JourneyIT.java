package dev.orderflow.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's journey through the gateway, as a frontend app makes it: register, log in,
 * browse, order (approved and rejected), cancel, read notifications from the list, the
 * live stream and the mailbox, refresh the token, log out.
 */
class JourneyIT {

	private static final String PASSWORD = "journey customer password";

	private final WholeSystem system = WholeSystem.up();

	private final Api api = new Api(WholeSystem.GATEWAY, WholeSystem.GATEWAY);

	@Test
	void aCustomerRegistersOrdersIsNotifiedAndLogsOut() {
		String email = "journey-" + UUID.randomUUID() + "@example.com";
		this.api
			.post(WholeSystem.GATEWAY + "/api/auth/register", null,
					Map.of("email", email, "password", PASSWORD, "name", "Journey Customer"))
			.expect(201);
		JsonNode tokens = this.api
			.post(WholeSystem.GATEWAY + "/api/auth/login", null, Map.of("email", email, "password", PASSWORD))
			.expect(200)
			.body();
		String token = tokens.get("accessToken").asString();
		assertThat(this.api.me(token).get("email").asString()).isEqualTo(email);

		List<JsonNode> products = this.api.products();
		assertThat(products).isNotEmpty();
		JsonNode cheapest = products.stream().min((a, b) -> Double.compare(price(a), price(b))).orElseThrow();
		JsonNode dearest = products.stream().max((a, b) -> Double.compare(price(a), price(b))).orElseThrow();

		try (EventStream live = new EventStream(WholeSystem.GATEWAY + "/api/notifications/stream", token)) {
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(live::opened);

			String approved = this.api.placeOrder(token, List.of(item(cheapest, 1))).get("id").asString();
			// more than the default credit limit of 1000.00
			int quantity = (int) Math.ceil(1001 / price(dearest));
			String rejected = this.api.placeOrder(token, List.of(item(dearest, quantity))).get("id").asString();
			assertThat(awaitDecided(token, approved).get("status").asString()).isEqualTo("APPROVED");
			JsonNode rejection = awaitDecided(token, rejected);
			assertThat(rejection.get("status").asString()).isEqualTo("REJECTED");
			assertThat(rejection.get("rejectionReason").asString()).isEqualTo("INSUFFICIENT_CREDIT");
			assertThat(this.api.cancel(token, approved).expect(200).body().get("status").asString())
				.isEqualTo("CANCELLED");

			Awaitility.await()
				.atMost(Duration.ofSeconds(20))
				.until(() -> types(live.notifications()),
						(types) -> types.containsAll(List.of("ORDER_APPROVED", "ORDER_REJECTED", "ORDER_CANCELLED")));
		}
		List<JsonNode> listed = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> items(this.api.get(WholeSystem.GATEWAY + "/api/notifications", token).expect(200).body()),
					(items) -> items.size() == 4);
		// newest first; the approval and the rejection are decided concurrently, in
		// either order
		assertThat(types(listed)).first().isEqualTo("ORDER_CANCELLED");
		assertThat(types(listed)).last().isEqualTo("WELCOME");
		assertThat(types(listed).subList(1, 3)).containsExactlyInAnyOrder("ORDER_APPROVED", "ORDER_REJECTED");
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.api.get(WholeSystem.MAIL + "/api/user/" + email + "/messages/INBOX", null).body().size(),
					(mails) -> mails == 4);

		String refreshToken = tokens.get("refreshToken").asString();
		JsonNode refreshed = this.api
			.post(WholeSystem.GATEWAY + "/api/auth/refresh", null, Map.of("refreshToken", refreshToken))
			.expect(200)
			.body();
		this.api.me(refreshed.get("accessToken").asString());
		this.api
			.post(WholeSystem.GATEWAY + "/api/auth/logout", refreshed.get("accessToken").asString(),
					Map.of("refreshToken", refreshed.get("refreshToken").asString()))
			.expect(204);
		this.api
			.post(WholeSystem.GATEWAY + "/api/auth/refresh", null,
					Map.of("refreshToken", refreshed.get("refreshToken").asString()))
			.expect(401);
	}

	private JsonNode awaitDecided(String token, String orderId) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(40))
			.until(() -> this.api.order(token, orderId), (order) -> !"PENDING".equals(order.get("status").asString()));
	}

	private static Map<String, Object> item(JsonNode product, int quantity) {
		return Map.of("productId", product.get("id").asString(), "quantity", quantity);
	}

	private static double price(JsonNode product) {
		return Double.parseDouble(product.get("price").get("amount").asString());
	}

	static List<JsonNode> items(JsonNode page) {
		List<JsonNode> items = new java.util.ArrayList<>();
		page.get("items").forEach(items::add);
		return items;
	}

	static List<String> types(List<JsonNode> notifications) {
		return notifications.stream().map((notification) -> notification.get("type").asString()).toList();
	}

}
