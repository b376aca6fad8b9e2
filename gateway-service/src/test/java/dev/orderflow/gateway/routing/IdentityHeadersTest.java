package dev.orderflow.gateway.routing;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdentityHeadersTest {

	private final IdentityHeaders identityHeaders = IdentityHeadersFixtures.defaults();

	@Test
	void stripsListedHeadersWhateverTheirCase() {
		HttpHeaders headers = new HttpHeaders();
		headers.add("x-authenticated-user", "admin");
		headers.add("REMOTE-USER", "admin");
		headers.add("X-Forwarded-User", "admin");

		this.identityHeaders.strip(headers);

		assertThat(headers.headerNames()).isEmpty();
	}

	@Test
	void stripsEveryHeaderWithAnIdentityPrefix() {
		HttpHeaders headers = new HttpHeaders();
		headers.add("X-User-Id", "00000000-0000-0000-0000-000000000001");
		headers.add("x-user-roles", "ADMIN");
		headers.add("X-User-Anything-New", "x");

		assertThat(this.identityHeaders.strip(headers)).hasSize(3);
		assertThat(headers.headerNames()).isEmpty();
	}

	@Test
	void keepsAuthorizationAndOrdinaryHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth("token");
		headers.add("X-Request-Id", "abc");
		headers.add("Idempotency-Key", "k1");
		headers.add("X-Username-Hint", "not an identity: no X-User- prefix");
		headers.add("X-User-Id", "1");

		this.identityHeaders.strip(headers);

		assertThat(headers.headerNames()).containsExactlyInAnyOrder(HttpHeaders.AUTHORIZATION, "X-Request-Id",
				"Idempotency-Key", "X-Username-Hint");
		assertThat(headers.getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer token");
	}

	@Test
	void refusesToStripAuthorization() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IdentityHeaders(List.of("X-User-Id", "authorization"), List.of()));
	}

}
