package dev.orderflow.order.ordering;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.orderflow.order.OrderServiceIntegrationTest;
import dev.orderflow.testsupport.RawHttp;
import dev.orderflow.testsupport.tokens.TestJwks;
import dev.orderflow.testsupport.tokens.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Bad input at every orders endpoint is a 400 or 422 problem, never a 500, and creates
 * nothing: no order, no line, no event.
 */
class OrderInputIT extends OrderServiceIntegrationTest {

	private static final String UNKNOWN_PRODUCT = "0f0f0f0f-0000-4000-8000-000000000000";

	@Autowired
	DatabaseClient db;

	private long[] before;

	@BeforeEach
	void countWhatExists() {
		this.before = counts();
	}

	@AfterEach
	void nothingWasCreated() {
		assertThat(counts()).as("orders, order lines, outbox rows").containsExactly(this.before);
	}

	static Stream<Arguments> malformedOrders() {
		String item = "{\"productId\": \"" + MOUSE_ID + "\", \"quantity\": %s}";
		return Stream.of(arguments("no items", "{}", "items"), arguments("items null", "{\"items\": null}", "items"),
				arguments("no item at all", "{\"items\": []}", "items"),
				arguments("51 items",
						"{\"items\": [" + IntStream.range(0, 51)
							.mapToObj((i) -> "{\"productId\": \"" + UUID.randomUUID() + "\", \"quantity\": 1}")
							.collect(Collectors.joining(", ")) + "]}",
						"items"),
				arguments("an item without product", "{\"items\": [{\"quantity\": 1}]}", "items[0].productId"),
				arguments("an item without quantity", "{\"items\": [{\"productId\": \"" + MOUSE_ID + "\"}]}",
						"items[0].quantity"),
				arguments("a null item", "{\"items\": [null]}", "items[0]"),
				arguments("quantity zero", "{\"items\": [" + item.formatted("0") + "]}", "items[0].quantity"),
				arguments("negative quantity", "{\"items\": [" + item.formatted("-3") + "]}", "items[0].quantity"),
				arguments("quantity above 1000", "{\"items\": [" + item.formatted("1001") + "]}", "items[0].quantity"),
				arguments("quantity as a string", "{\"items\": [" + item.formatted("\"2\"") + "]}",
						"items[0].quantity"),
				arguments("fractional quantity", "{\"items\": [" + item.formatted("1.5") + "]}", "items[0].quantity"),
				arguments("quantity as a boolean", "{\"items\": [" + item.formatted("true") + "]}",
						"items[0].quantity"),
				arguments("quantity beyond int", "{\"items\": [" + item.formatted("99999999999") + "]}", null),
				arguments("product id not a UUID", "{\"items\": [{\"productId\": \"mouse\", \"quantity\": 1}]}",
						"items[0].productId"),
				arguments("product id a number", "{\"items\": [{\"productId\": 42, \"quantity\": 1}]}",
						"items[0].productId"),
				arguments("a price set by the client", "{\"items\": [{\"productId\": \"" + MOUSE_ID
						+ "\", \"quantity\": 1, \"unitPrice\": {\"amount\": \"0.01\", \"currency\": \"EUR\"}}]}",
						"items[0].unitPrice"),
				arguments("a total set by the client",
						"{\"items\": [" + item.formatted("1")
								+ "], \"total\": {\"amount\": \"0.01\", \"currency\": \"EUR\"}}",
						"total"),
				arguments("items not a list", "{\"items\": " + item.formatted("1") + "}", "items"),
				arguments("malformed JSON", "{\"items\": [", null), arguments("a list instead of an order", "[]", null),
				arguments("a string instead of an order", "\"order\"", null));
	}

	@Test
	void refusesARequestTargetThatIsNoUriWithAProblemAndStoresNothing() {
		String token = TestTokens.token().subject(UUID.randomUUID().toString()).signedWith(TestJwks.signingKey());
		String body = "{\"items\": [{\"productId\": \"" + MOUSE_ID + "\", \"quantity\": 1}]}";

		String response = RawHttp.exchange(this.port,
				"POST /api/orders?note=<b> HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
						+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);

		assertThat(response).startsWith("HTTP/1.1 400")
			.containsIgnoringCase("content-type: application/problem+json")
			.contains("\"type\":\"urn:orderflow:problem:malformed-request\"");
		this.http.get()
			.uri("/api/orders")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(0);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedOrders")
	void refusesAMalformedOrderWith400(String description, String body, String field) {
		WebTestClient.BodyContentSpec problem = place(body).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.traceId")
			.exists();
		if (field != null) {
			problem.jsonPath("$.type")
				.isEqualTo("urn:orderflow:problem:validation")
				.jsonPath("$.errors[0].field")
				.isEqualTo(field);
		}
	}

	@Test
	void refusesAnEmptyBody() {
		this.http.post()
			.uri("/api/orders")
			.headers((headers) -> headers.setBearerAuth(TestTokens.customer()))
			.contentType(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesABodyThatIsNotJson() {
		this.http.post()
			.uri("/api/orders")
			.headers((headers) -> headers.setBearerAuth(TestTokens.customer()))
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("2 mice please")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	static Stream<Arguments> unorderableOrders() {
		String mouse = "{\"productId\": \"" + MOUSE_ID + "\", \"quantity\": 1}";
		String unknown = "{\"productId\": \"" + UNKNOWN_PRODUCT + "\", \"quantity\": 1}";
		return Stream.of(arguments("an unknown product", "{\"items\": [" + unknown + "]}", "items[0].productId"),
				arguments("a known and an unknown product", "{\"items\": [" + mouse + ", " + unknown + "]}",
						"items[1].productId"),
				arguments("a product twice", "{\"items\": [" + mouse + ", " + mouse + "]}", "items[1].productId"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unorderableOrders")
	void refusesAnOrderOfProductsThatCannotBeOrderedWith422(String description, String body, String field) {
		place(body).expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:validation")
			.jsonPath("$.errors.length()")
			.isEqualTo(1)
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	@Test
	void refusesAProductThatIsNoLongerSold() {
		String product = (String) createProduct(TestTokens.admin(), newProduct("GONE-1", "Old Lamp", "5.00"))
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		changeProduct(TestTokens.admin(), product, Map.of("active", false)).expectStatus().isOk();

		place("{\"items\": [{\"productId\": \"" + product + "\", \"quantity\": 1}]}").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("items[0].productId")
			.jsonPath("$.errors[0].message")
			.isEqualTo("is no longer sold");
	}

	@Test
	void refusesAnIdempotencyKeyThatIsTooLongOrInvisible() {
		for (String key : new String[] { "k".repeat(256), "two words" }) {
			placeOrder(TestTokens.customer(), order(MOUSE_ID, 1), key).expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.detail")
				.value((detail) -> assertThat((String) detail).contains("Idempotency-Key"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/orders/not-a-uuid", "/api/orders?status=SHIPPED", "/api/orders?status=pending",
			"/api/orders?size=101", "/api/orders?size=0", "/api/orders?page=-1", "/api/orders?page=first" })
	void refusesABadPathOrQueryWith400(String uri) {
		this.http.get()
			.uri(uri)
			.headers((headers) -> headers.setBearerAuth(TestTokens.customer()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesToCancelAnOrderWhoseIdIsNotAUuid() {
		cancelOrder(TestTokens.customer(), "not-a-uuid").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private WebTestClient.ResponseSpec place(String body) {
		return this.http.post()
			.uri("/api/orders")
			.headers((headers) -> headers.setBearerAuth(TestTokens.customer()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private long[] counts() {
		return Stream.of("orders", "order_lines", "outbox")
			.mapToLong((table) -> this.db.sql("SELECT count(*) AS n FROM " + table)
				.map((row) -> row.get("n", Long.class))
				.one()
				.block())
			.toArray();
	}

}
