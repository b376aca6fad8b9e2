package dev.orderflow.user.account;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.orderflow.user.UserServiceIntegrationTest;

class AdministrationIT extends UserServiceIntegrationTest {

	@Autowired
	DatabaseClient db;

	@Test
	void createsTheFirstAdminFromConfiguration() {
		this.http.get()
			.uri("/api/users/me")
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo(ADMIN_EMAIL)
			.jsonPath("$.roles[0]")
			.isEqualTo("ADMIN");
	}

	@Test
	void listsUsersPageByPage() {
		register("page-one@example.com", PASSWORD, "One").expectStatus().isCreated();
		register("page-two@example.com", PASSWORD, "Two").expectStatus().isCreated();

		asAdmin(this.http.get().uri("/api/users?page=0&size=2")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(2)
			.jsonPath("$.page")
			.isEqualTo(0)
			.jsonPath("$.size")
			.isEqualTo(2)
			.jsonPath("$.totalItems")
			.value((Integer total) -> org.assertj.core.api.Assertions.assertThat(total).isGreaterThanOrEqualTo(3));
	}

	@Test
	void refusesAPageLargerThanTheMaximum() {
		asAdmin(this.http.get().uri("/api/users?size=101")).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be less than or equal to 100");
		asAdmin(this.http.get().uri("/api/users?page=abc")).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void changesTheCreditLimitAndSuspendsAndReactivates() {
		String id = idOf("patched@example.com");

		patch(id, Map.of("creditLimit", Map.of("amount", "250.50", "currency", "EUR"), "status", "SUSPENDED"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("SUSPENDED")
			.jsonPath("$.credit.limit.amount")
			.isEqualTo("250.50")
			.jsonPath("$.credit.available.amount")
			.isEqualTo("250.50");
		this.http.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("email", "patched@example.com", "password", PASSWORD))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:account-suspended");

		patch(id, Map.of("status", "ACTIVE")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ACTIVE");
		login("patched@example.com", PASSWORD);
	}

	@Test
	void refusesALimitBelowTheReservedCredit() {
		String id = idOf("reserved@example.com");
		this.db.sql("UPDATE credit_accounts SET reserved = 300 WHERE user_id = :id::uuid")
			.bind("id", id)
			.then()
			.block();

		patch(id, Map.of("creditLimit", Map.of("amount", "299.99", "currency", "EUR"))).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:limit-below-reserved");
		asAdmin(this.http.get().uri("/api/users/" + id)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.credit.limit.amount")
			.isEqualTo("1000.00");
	}

	@Test
	void refusesBadChangesWithoutChangingAnything() {
		String id = idOf("unchanged@example.com");

		patch(id, Map.of()).expectStatus().isBadRequest();
		patch(id, Map.of("status", "DELETED")).expectStatus().isBadRequest();
		patch(id, Map.of("creditLimit", Map.of("amount", "-1", "currency", "EUR"))).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("creditLimit.amount");
		patch(id, Map.of("creditLimit", Map.of("amount", "10", "currency", "USD"))).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:wrong-currency");

		asAdmin(this.http.get().uri("/api/users/" + id)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ACTIVE")
			.jsonPath("$.credit.limit.amount")
			.isEqualTo("1000.00");
	}

	@Test
	void answersAnUnknownUserWithNotFound() {
		patch("7b4a3c2e-0000-4000-8000-000000000000", Map.of("status", "SUSPENDED")).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:user-not-found");
	}

	@Test
	void forbidsCustomersTheAdminEndpoints() {
		String customer = accessToken("curious@example.com");

		this.http.get()
			.uri("/api/users")
			.headers((headers) -> headers.setBearerAuth(customer))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:forbidden");
		this.http.patch()
			.uri("/api/users/" + idOf("target@example.com"))
			.headers((headers) -> headers.setBearerAuth(customer))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("creditLimit", Map.of("amount", "999999", "currency", "EUR")))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private String idOf(String email) {
		return (String) register(email, PASSWORD, "Someone").expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	private WebTestClient.ResponseSpec patch(String id, Map<String, ?> body) {
		return asAdmin(
				this.http.patch().uri("/api/users/" + id).contentType(MediaType.APPLICATION_JSON).bodyValue(body));
	}

	private WebTestClient.ResponseSpec asAdmin(WebTestClient.RequestHeadersSpec<?> request) {
		String token = adminToken();
		return request.headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

}
