package dev.orderflow.order.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.orderflow.order.OrderServiceIntegrationTest;
import dev.orderflow.testsupport.tokens.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Adding and changing products: ADMIN only, and bad input changes nothing. */
class ProductAdministrationIT extends OrderServiceIntegrationTest {

	@Autowired
	DatabaseClient db;

	@Test
	void addsAProductThatAnyoneCanThenSee() {
		String location = createProduct(TestTokens.admin(), newProduct("DESK-LAMP-01", "  Desk Lamp  ", "39.5"))
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, "/api/products/[0-9a-f-]{36}")
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody()
			.jsonPath("$.sku")
			.isEqualTo("DESK-LAMP-01")
			.jsonPath("$.name")
			.isEqualTo("Desk Lamp")
			.jsonPath("$.price.amount")
			.isEqualTo("39.50")
			.jsonPath("$.price.currency")
			.isEqualTo("EUR")
			.jsonPath("$.active")
			.isEqualTo(true)
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.toString();

		this.http.get()
			.uri(location)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sku")
			.isEqualTo("DESK-LAMP-01");
	}

	@Test
	void refusesASkuThatAnotherProductHas() {
		createProduct(TestTokens.admin(), newProduct("DUP-SKU-1", "First", "10.00")).expectStatus().isCreated();
		long before = productCount();

		createProduct(TestTokens.admin(), newProduct("DUP-SKU-1", "Second", "12.00")).expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:duplicate-sku")
			.jsonPath("$.detail")
			.isEqualTo("A product with SKU DUP-SKU-1 already exists.");
		assertThat(productCount()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidNewProducts")
	void refusesAnInvalidProductWithoutAddingIt(String why, Object body, int status, String type, String field) {
		long before = productCount();

		var result = createProduct(TestTokens.admin(), body).expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:" + type)
			.jsonPath("$.traceId")
			.isNotEmpty();
		if (field != null) {
			result.jsonPath("$.errors[0].field").isEqualTo(field);
		}
		assertThat(productCount()).isEqualTo(before);
	}

	static Stream<Arguments> invalidNewProducts() {
		Map<String, Object> unknownField = new LinkedHashMap<>(newProduct("UNKNOWN-1", "Lamp", "10.00"));
		unknownField.put("colour", "red");
		return Stream.of(arguments("no fields", Map.of(), 400, "validation", "name"),
				arguments("unknown field", unknownField, 400, "validation", "colour"),
				arguments("unknown field in the price",
						Map.of("sku", "UNKNOWN-2", "name", "Lamp", "price",
								Map.of("amount", "10.00", "currency", "EUR", "tax", "0.20")),
						400, "validation", "price.tax"),
				arguments("zero price", newProduct("ZERO-1", "Lamp", "0.00"), 400, "validation", "price.amount"),
				arguments("negative price", newProduct("NEG-1", "Lamp", "-5.00"), 400, "validation", "price.amount"),
				arguments("three decimals", newProduct("DEC-1", "Lamp", "19.999"), 400, "validation", "price.amount"),
				arguments("three decimals ending in zero", newProduct("DEC-2", "Lamp", "19.990"), 400, "validation",
						"price.amount"),
				arguments("amount not a number", newProduct("NAN-1", "Lamp", "nineteen"), 400, "validation",
						"price.amount"),
				arguments("price not an object", Map.of("sku", "OBJ-1", "name", "Lamp", "price", "19.99"), 400,
						"validation", "price"),
				arguments("name not a string",
						Map.of("sku", "STR-1", "name", Map.of("en", "Lamp"), "price",
								Map.of("amount", "1.00", "currency", "EUR")),
						400, "validation", "name"),
				arguments("lower-case sku", newProduct("lamp-1", "Lamp", "10.00"), 400, "validation", "sku"),
				arguments("sku too short", newProduct("AB", "Lamp", "10.00"), 400, "validation", "sku"),
				arguments("blank name", newProduct("BLANK-1", "   ", "10.00"), 400, "validation", "name"),
				arguments("name too long", newProduct("LONG-1", "x".repeat(101), "10.00"), 400, "validation", "name"),
				arguments("no currency code",
						Map.of("sku", "CUR-1", "name", "Lamp", "price", Map.of("amount", "10.00", "currency", "euro")),
						400, "validation", "price.currency"),
				arguments("another currency",
						Map.of("sku", "CUR-2", "name", "Lamp", "price", Map.of("amount", "10.00", "currency", "USD")),
						422, "wrong-currency", null));
	}

	@Test
	void answersMalformedJsonWithAProblemAndAddsNothing() {
		long before = productCount();

		createProduct(TestTokens.admin(), "{\"sku\": \"BROKEN-1\", ").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:malformed-request")
			.jsonPath("$.detail")
			.isEqualTo("The request body is not valid JSON of the expected shape.");
		assertThat(productCount()).isEqualTo(before);
	}

	@Test
	void changesNameAndPriceAndTheVersion() {
		String id = idOf(newProduct("CHANGE-1", "Desk Lamp", "39.50"));

		changeProduct(TestTokens.admin(), id,
				Map.of("name", " Desk Lamp XL ", "price", Map.of("amount", "44", "currency", "EUR")))
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.sku")
			.isEqualTo("CHANGE-1")
			.jsonPath("$.name")
			.isEqualTo("Desk Lamp XL")
			.jsonPath("$.price.amount")
			.isEqualTo("44.00")
			.jsonPath("$.active")
			.isEqualTo(true);

		this.http.get()
			.uri("/api/products/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Desk Lamp XL")
			.jsonPath("$.price.amount")
			.isEqualTo("44.00");
	}

	@Test
	void deactivatedProductsLeaveTheListButStayReachable() {
		String id = idOf(newProduct("RETIRE-1", "Retired Lamp", "15.00"));
		long listed = listedProducts();

		changeProduct(TestTokens.admin(), id, Map.of("active", false)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.active")
			.isEqualTo(false);
		assertThat(listedProducts()).isEqualTo(listed - 1);
		this.http.get()
			.uri("/api/products/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.active")
			.isEqualTo(false);

		changeProduct(TestTokens.admin(), id, Map.of("active", true)).expectStatus().isOk();
		assertThat(listedProducts()).isEqualTo(listed);
	}

	@Test
	void refusesAChangeMadeOnAnOutdatedVersion() {
		String id = idOf(newProduct("IFMATCH-1", "Lamp", "15.00"));
		changeIfMatch(id, "\"0\"", Map.of("name", "Lamp One")).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"");

		changeIfMatch(id, "\"0\"", Map.of("name", "Lamp Two")).expectStatus()
			.isEqualTo(412)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:product-version-mismatch");
		changeIfMatch(id, "W/\"1\"", Map.of("name", "Lamp Two")).expectStatus().isEqualTo(412);
		this.http.get().uri("/api/products/" + id).exchange().expectBody().jsonPath("$.name").isEqualTo("Lamp One");

		changeIfMatch(id, "\"1\"", Map.of("name", "Lamp Two")).expectStatus().isOk();
	}

	@Test
	void refusesInvalidChangesWithoutChangingAnything() {
		String id = idOf(newProduct("UNCHANGED-1", "Steady Lamp", "15.00"));

		changeProduct(TestTokens.admin(), id, Map.of()).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("give name, price, active or any of them together");
		changeProduct(TestTokens.admin(), id, Map.of("name", " ")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
		changeProduct(TestTokens.admin(), id, Map.of("price", Map.of("amount", "0", "currency", "EUR"))).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("price.amount");
		changeProduct(TestTokens.admin(), id, Map.of("price", Map.of("amount", "20.00", "currency", "USD")))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:wrong-currency");
		changeProduct(TestTokens.admin(), id, Map.of("active", "yes")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("active")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be true or false");
		changeProduct(TestTokens.admin(), id, Map.of("sku", "RENAMED-1")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("sku")
			.jsonPath("$.errors[0].message")
			.isEqualTo("is not a known field");

		this.http.get()
			.uri("/api/products/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody()
			.jsonPath("$.sku")
			.isEqualTo("UNCHANGED-1")
			.jsonPath("$.name")
			.isEqualTo("Steady Lamp")
			.jsonPath("$.price.amount")
			.isEqualTo("15.00")
			.jsonPath("$.active")
			.isEqualTo(true);
	}

	@Test
	void answersAChangeOfAnUnknownProductWithNotFound() {
		changeProduct(TestTokens.admin(), "7b4a3c2e-0000-4000-8000-000000000000", Map.of("active", false))
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:product-not-found");
	}

	@Test
	void forbidsCustomersToAddOrChangeProducts() {
		long before = productCount();

		createProduct(TestTokens.customer(), newProduct("CUSTOMER-1", "Free Lamp", "0.01")).expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:forbidden");
		changeProduct(TestTokens.customer(), MOUSE_ID, Map.of("price", Map.of("amount", "0.01", "currency", "EUR")))
			.expectStatus()
			.isForbidden();

		assertThat(productCount()).isEqualTo(before);
		this.http.get()
			.uri("/api/products/" + MOUSE_ID)
			.exchange()
			.expectBody()
			.jsonPath("$.price.amount")
			.isEqualTo("24.99");
	}

	@Test
	void asksForATokenToAddOrChangeProducts() {
		this.http.post()
			.uri("/api/products")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(newProduct("ANON-1", "Lamp", "10.00"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:unauthorized");
		this.http.patch()
			.uri("/api/products/" + MOUSE_ID)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("active", false))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void doesNotDeleteProducts() {
		this.http.delete()
			.uri("/api/products/" + MOUSE_ID)
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get().uri("/api/products/" + MOUSE_ID).exchange().expectStatus().isOk();
	}

	private String idOf(Map<String, Object> product) {
		return (String) createProduct(TestTokens.admin(), product).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	private WebTestClient.ResponseSpec changeIfMatch(String id, String ifMatch, Object body) {
		return this.http.patch().uri("/api/products/" + id).headers((headers) -> {
			headers.setBearerAuth(TestTokens.admin());
			headers.set(HttpHeaders.IF_MATCH, ifMatch);
		}).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private long productCount() {
		return this.db.sql("SELECT count(*) AS total FROM products")
			.map((row) -> row.get("total", Long.class))
			.one()
			.block();
	}

	private long listedProducts() {
		return ((Number) this.http.get()
			.uri("/api/products")
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("totalItems")).longValue();
	}

}
