package dev.orderflow.order;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import dev.orderflow.testsupport.tokens.TestTokens;

/** Errors that never reach a controller are problem+json too. */
class ProblemResponsesIT extends OrderServiceIntegrationTest {

	@Test
	void answersAnUnknownPathWithNotFound() {
		this.http.get()
			.uri("/api/nothing-here")
			.headers((headers) -> headers.setBearerAuth(TestTokens.customer()))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:orderflow:problem:not-found")
			.jsonPath("$.instance")
			.isEqualTo("/api/nothing-here")
			.jsonPath("$.traceId")
			.isNotEmpty();
	}

	@Test
	void asksAnonymousCallersOfAnUnknownPathForAToken() {
		this.http.get()
			.uri("/api/nothing-here")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void keepsTheHealthEndpointOpen() {
		this.http.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	@Test
	void keepsOtherActuatorEndpointsClosed() {
		this.http.get()
			.uri("/actuator/env")
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
