package dev.orderflow.order.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import dev.orderflow.order.OrderServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Browsing the seeded catalogue, without a token. */
class CatalogueIT extends OrderServiceIntegrationTest {

	@Test
	void listsTheSeededProductsByNameWithPricesAsDecimalStrings() {
		this.http.get()
			.uri("/api/products")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.page")
			.isEqualTo(0)
			.jsonPath("$.size")
			.isEqualTo(20)
			.jsonPath("$.totalItems")
			.isEqualTo(SEEDED_PRODUCTS)
			.jsonPath("$.items.length()")
			.isEqualTo(SEEDED_PRODUCTS)
			.jsonPath("$.items[0].name")
			.isEqualTo("27\" QHD Monitor")
			.jsonPath("$.items[0].sku")
			.isEqualTo("MON-27-QHD")
			.jsonPath("$.items[0].price.amount")
			.isEqualTo("279.00")
			.jsonPath("$.items[0].price.currency")
			.isEqualTo("EUR")
			.jsonPath("$.items[0].active")
			.isEqualTo(true)
			.jsonPath("$.items[0].id")
			.isEqualTo("5f1c3a2e-8b4d-4c6e-9a1f-000000000003")
			.jsonPath("$.items[0].createdAt")
			.isNotEmpty()
			.jsonPath("$.items[0].version")
			.doesNotExist()
			.jsonPath("$.items[4].name")
			.isEqualTo("Wireless Mouse")
			.jsonPath("$.items[4].price.amount")
			.isEqualTo("24.99");
	}

	@Test
	void pagesThroughTheCatalogueWithoutGapsOrRepeats() {
		List<String> skus = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			Map<String, Object> body = page(page, 2);
			assertThat(body).containsEntry("page", page).containsEntry("size", 2);
			assertThat(body).containsEntry("totalItems", SEEDED_PRODUCTS);
			skus.addAll(skus(body));
		}
		assertThat(skus).hasSize(SEEDED_PRODUCTS).doesNotHaveDuplicates();
		assertThat(skus(page(3, 2))).isEmpty();
	}

	@Test
	void refusesPagesOutsideTheLimits() {
		this.http.get()
			.uri("/api/products?size=101")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("size")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be less than or equal to 100");
		this.http.get()
			.uri("/api/products?size=0&page=-1")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(2)
			.jsonPath("$.errors[0].field")
			.isEqualTo("page")
			.jsonPath("$.errors[1].field")
			.isEqualTo("size");
		this.http.get()
			.uri("/api/products?page=abc")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Invalid value for 'page'.");
	}

	@Test
	void showsOneProductWithItsVersionAsETag() {
		this.http.get()
			.uri("/api/products/" + MOUSE_ID)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"0\"")
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(MOUSE_ID)
			.jsonPath("$.sku")
			.isEqualTo("MS-WL-01")
			.jsonPath("$.name")
			.isEqualTo("Wireless Mouse")
			.jsonPath("$.price.amount")
			.isEqualTo("24.99");
	}

	@Test
	void answersAnUnknownProductWithNotFound() {
		this.http.get()
			.uri("/api/products/7b4a3c2e-0000-4000-8000-000000000000")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:product-not-found")
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.instance")
			.isEqualTo("/api/products/7b4a3c2e-0000-4000-8000-000000000000")
			.jsonPath("$.traceId")
			.isNotEmpty();
	}

	@Test
	void answersAnIdThatIsNoUuidWithBadRequest() {
		this.http.get()
			.uri("/api/products/not-a-uuid")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private Map<String, Object> page(int page, int size) {
		return this.http.get()
			.uri("/api/products?page={page}&size={size}", page, size)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<String> skus(Map<String, Object> page) {
		return ((List<Map<String, Object>>) page.get("items")).stream()
			.map((item) -> (String) item.get("sku"))
			.toList();
	}

}
