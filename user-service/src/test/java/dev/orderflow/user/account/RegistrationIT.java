package dev.orderflow.user.account;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import dev.orderflow.user.UserServiceIntegrationTest;

class RegistrationIT extends UserServiceIntegrationTest {

	@Test
	void registersACustomerWithTheDefaultCreditLine() {
		register("Ada@Example.com", PASSWORD, "Ada Lovelace").expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "/api/users/[0-9a-f-]{36}")
			.expectBody()
			.jsonPath("$.id")
			.isNotEmpty()
			.jsonPath("$.email")
			.isEqualTo("ada@example.com")
			.jsonPath("$.name")
			.isEqualTo("Ada Lovelace")
			.jsonPath("$.roles[0]")
			.isEqualTo("CUSTOMER")
			.jsonPath("$.status")
			.isEqualTo("ACTIVE")
			.jsonPath("$.credit.limit.amount")
			.isEqualTo("1000.00")
			.jsonPath("$.credit.limit.currency")
			.isEqualTo("EUR")
			.jsonPath("$.credit.reserved.amount")
			.isEqualTo("0.00")
			.jsonPath("$.credit.available.amount")
			.isEqualTo("1000.00")
			.jsonPath("$.passwordHash")
			.doesNotExist()
			.jsonPath("$.password")
			.doesNotExist();
	}

	@Test
	void refusesAnEmailThatIsAlreadyRegisteredWhateverItsCase() {
		register("grace@example.com", PASSWORD, "Grace").expectStatus().isCreated();

		register("GRACE@Example.com", PASSWORD, "Another Grace").expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:email-taken")
			.jsonPath("$.status")
			.isEqualTo(409)
			.jsonPath("$.instance")
			.isEqualTo("/api/auth/register")
			.jsonPath("$.traceId")
			.isNotEmpty();
	}

	@Test
	void refusesAPasswordShorterThanTwelveCharacters() {
		register("short@example.com", "elevenchars", "Short").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("password")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be between 12 and 64 characters");

		login("short@example.com", "elevenchars", 401);
	}

	@Test
	void listsEveryInvalidField() {
		this.http.post()
			.uri("/api/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("email", "not-an-email", "password", PASSWORD))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(2)
			.jsonPath("$.errors[0].field")
			.isEqualTo("email")
			.jsonPath("$.errors[1].field")
			.isEqualTo("name");
	}

	@Test
	void answersMalformedJsonWithAProblem() {
		this.http.post()
			.uri("/api/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"email\": \"broken@example.com\", ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:malformed-request")
			.jsonPath("$.detail")
			.isEqualTo("The request body is not valid JSON of the expected shape.")
			.jsonPath("$.trace")
			.doesNotExist();
	}

	private void login(String email, String password, int expectedStatus) {
		this.http.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("email", email, "password", password))
			.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus);
	}

}
