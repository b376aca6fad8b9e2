package dev.orderflow.order.ordering;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.orderflow.order.OrderServiceIntegrationTest;
import dev.orderflow.testsupport.tokens.TestJwks;
import dev.orderflow.testsupport.tokens.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Placing, reading, listing and cancelling orders over HTTP, as their owner or an admin.
 */
// no saga here: orders stay PENDING unless a test changes them
@TestPropertySource(properties = "orderflow.saga.deadline=1h")
class OrderApiIT extends OrderServiceIntegrationTest {

	@Autowired
	DatabaseClient db;

	private final UUID customer = UUID.randomUUID();

	private final String token = customer(this.customer);

	@Test
	void placesAPendingOrderPricedFromTheCatalogue() {
		String location = placeOrder(this.token, order(KEYBOARD_ID, 2, MOUSE_ID, 1)).expectStatus()
			.isAccepted()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, "/api/orders/[0-9a-f-]{36}")
			.expectHeader()
			.doesNotExist("Idempotent-Replayed")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("PENDING")
			.jsonPath("$.rejectionReason")
			.doesNotExist()
			.jsonPath("$.items.length()")
			.isEqualTo(2)
			.jsonPath("$.items[0].productId")
			.isEqualTo(KEYBOARD_ID)
			.jsonPath("$.items[0].sku")
			.isEqualTo("KB-MECH-87")
			.jsonPath("$.items[0].name")
			.isEqualTo("Mechanical Keyboard, 87 keys")
			.jsonPath("$.items[0].quantity")
			.isEqualTo(2)
			.jsonPath("$.items[0].unitPrice.amount")
			.isEqualTo("89.90")
			.jsonPath("$.items[0].lineTotal.amount")
			.isEqualTo("179.80")
			.jsonPath("$.items[1].lineTotal.amount")
			.isEqualTo("24.99")
			.jsonPath("$.total.amount")
			.isEqualTo("204.79")
			.jsonPath("$.total.currency")
			.isEqualTo("EUR")
			.jsonPath("$.createdAt")
			.isNotEmpty()
			.jsonPath("$.updatedAt")
			.isNotEmpty()
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.toString();

		this.http.get()
			.uri(location)
			.headers((headers) -> headers.setBearerAuth(this.token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(location.substring(location.lastIndexOf('/') + 1))
			.jsonPath("$.total.amount")
			.isEqualTo("204.79");
	}

	@Test
	void keepsTheCataloguePriceOfTheMomentTheOrderWasPlaced() {
		String product = createdProduct("PRICE-SNAP-1", "10.00");
		UUID order = placedOrder(this.token, product, 3);

		changeProduct(TestTokens.admin(), product, Map.of("price", Map.of("amount", "99.00", "currency", "EUR")))
			.expectStatus()
			.isOk();

		getOrder(this.token, order).expectBody()
			.jsonPath("$.items[0].unitPrice.amount")
			.isEqualTo("10.00")
			.jsonPath("$.total.amount")
			.isEqualTo("30.00");
	}

	@Test
	void answersARepeatedRequestWithTheSameOrder() {
		Map<String, Object> body = order(MOUSE_ID, 1, KEYBOARD_ID, 1);
		String first = idOf(placeOrder(this.token, body, "retry-1").expectStatus().isAccepted());

		String again = idOf(placeOrder(this.token, order(KEYBOARD_ID, 1, MOUSE_ID, 1), "retry-1").expectStatus()
			.isAccepted()
			.expectHeader()
			.valueEquals("Idempotent-Replayed", "true")
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/api/orders/" + first));

		assertThat(again).isEqualTo(first);
		assertThat(count("SELECT count(*) AS n FROM orders WHERE idempotency_key = 'retry-1'")).isOne();
		assertThat(
				count("SELECT count(*) AS n FROM outbox WHERE type = 'OrderCreated' AND aggregateid = '" + first + "'"))
			.isOne();
	}

	@Test
	void answersConcurrentRepeatsOfARequestWithOneOrder() {
		List<CompletableFuture<String>> attempts = IntStream.range(0, 6)
			.mapToObj((i) -> CompletableFuture.supplyAsync(
					() -> idOf(placeOrder(this.token, order(MOUSE_ID, 4), "burst-1").expectStatus().isAccepted())))
			.toList();

		List<String> ids = attempts.stream().map(CompletableFuture::join).distinct().toList();

		assertThat(ids).hasSize(1);
		assertThat(count("SELECT count(*) AS n FROM orders WHERE idempotency_key = 'burst-1'")).isOne();
	}

	@Test
	void refusesAKeyReusedForOtherItemsAndCreatesNothing() {
		placeOrder(this.token, order(MOUSE_ID, 1), "reused-1").expectStatus().isAccepted();
		long orders = count("SELECT count(*) AS n FROM orders");

		placeOrder(this.token, order(MOUSE_ID, 2), "reused-1").expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:idempotency-key-reused");

		assertThat(count("SELECT count(*) AS n FROM orders")).isEqualTo(orders);
	}

	@Test
	void keepsIdempotencyKeysApartPerCustomer() {
		String other = customer(UUID.randomUUID());

		String mine = idOf(placeOrder(this.token, order(MOUSE_ID, 1), "shared-key").expectStatus().isAccepted());
		String theirs = idOf(placeOrder(other, order(MOUSE_ID, 1), "shared-key").expectStatus().isAccepted());

		assertThat(theirs).isNotEqualTo(mine);
	}

	@Test
	void hidesAnOrderFromOtherCustomers() {
		UUID order = placedOrder(this.token, MOUSE_ID, 1);
		String stranger = customer(UUID.randomUUID());

		getOrder(stranger, order).expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:order-not-found");
		cancelOrder(stranger, order).expectStatus().isNotFound();

		assertThat(statusOf(this.token, order)).isEqualTo("PENDING");
	}

	@Test
	void answersNotFoundForAnOrderThatDoesNotExist() {
		getOrder(this.token, UUID.randomUUID()).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:order-not-found");
		cancelOrder(TestTokens.admin(), UUID.randomUUID()).expectStatus().isNotFound();
	}

	@Test
	void letsAnAdministratorReadAndCancelAnyOrder() {
		UUID order = placedOrder(this.token, MOUSE_ID, 1);

		getOrder(TestTokens.admin(), order).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(order.toString());
		cancelOrder(TestTokens.admin(), order).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CANCELLED");

		assertThat(statusOf(this.token, order)).isEqualTo("CANCELLED");
	}

	@Test
	void listsOnlyTheCallersOwnOrdersNewestFirstAPageAtATime() {
		String token = customer(UUID.randomUUID());
		UUID oldest = placedOrder(token, MOUSE_ID, 1);
		UUID middle = placedOrder(token, MOUSE_ID, 2);
		UUID newest = placedOrder(token, MOUSE_ID, 3);
		placedOrder(this.token, MOUSE_ID, 1);

		list(token, "?page=0&size=2").jsonPath("$.items.length()")
			.isEqualTo(2)
			.jsonPath("$.items[0].id")
			.isEqualTo(newest.toString())
			.jsonPath("$.items[1].id")
			.isEqualTo(middle.toString())
			.jsonPath("$.page")
			.isEqualTo(0)
			.jsonPath("$.size")
			.isEqualTo(2)
			.jsonPath("$.totalItems")
			.isEqualTo(3);
		list(token, "?page=1&size=2").jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.items[0].id")
			.isEqualTo(oldest.toString())
			.jsonPath("$.items[0].items[0].quantity")
			.isEqualTo(1);
		list(token, "?page=5&size=2").jsonPath("$.items.length()").isEqualTo(0).jsonPath("$.totalItems").isEqualTo(3);
		list(token, "").jsonPath("$.size").isEqualTo(20).jsonPath("$.totalItems").isEqualTo(3);
	}

	@Test
	void filtersTheCallersOrdersByStatus() {
		String token = customer(UUID.randomUUID());
		UUID cancelled = placedOrder(token, MOUSE_ID, 1);
		placedOrder(token, MOUSE_ID, 2);
		placedOrder(token, MOUSE_ID, 3);
		cancelOrder(token, cancelled).expectStatus().isOk();

		list(token, "?status=CANCELLED").jsonPath("$.totalItems")
			.isEqualTo(1)
			.jsonPath("$.items[0].id")
			.isEqualTo(cancelled.toString());
		list(token, "?status=PENDING&size=1").jsonPath("$.totalItems")
			.isEqualTo(2)
			.jsonPath("$.items.length()")
			.isEqualTo(1);
		list(token, "?status=APPROVED").jsonPath("$.totalItems").isEqualTo(0);
	}

	@Test
	void asksForATokenAndRefusesOneWhoseSubjectIsNotAUser() {
		this.http.post()
			.uri("/api/orders")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(order(MOUSE_ID, 1))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get().uri("/api/orders").exchange().expectStatus().isUnauthorized();

		String service = TestTokens.token().subject("reporting-job").signedWith(TestJwks.signingKey());
		placeOrder(service, order(MOUSE_ID, 1)).expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void describesTheOrdersApiInTheOpenApiDocument() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/orders'].post")
			.exists()
			.jsonPath("$.paths['/api/orders'].get")
			.exists()
			.jsonPath("$.paths['/api/orders/{id}'].get")
			.exists()
			.jsonPath("$.paths['/api/orders/{id}/cancel'].post")
			.exists()
			.jsonPath("$.paths['/api/orders'].post.parameters[?(@.name == 'token')]")
			.doesNotExist();
	}

	private WebTestClient.BodyContentSpec list(String token, String query) {
		return this.http.get()
			.uri("/api/orders" + query)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private String createdProduct(String sku, String price) {
		return (String) createProduct(TestTokens.admin(), newProduct(sku, "Snapshot Lamp", price)).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	private static String idOf(WebTestClient.ResponseSpec response) {
		return (String) response.expectBody(Map.class).returnResult().getResponseBody().get("id");
	}

	private long count(String sql) {
		return this.db.sql(sql).map((row) -> row.get("n", Long.class)).one().block();
	}

}
