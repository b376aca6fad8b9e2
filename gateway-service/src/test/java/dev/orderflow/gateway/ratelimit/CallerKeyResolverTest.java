package dev.orderflow.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class CallerKeyResolverTest {

	private final CallerKeyResolver resolver = new CallerKeyResolver();

	@Test
	void keysAnAuthenticatedCallerByTokenSubject() {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("7d1c7c4e-0000-4000-8000-000000000001")
			.claim("roles", List.of("CUSTOMER"))
			.build();

		assertThat(keyOf(from("10.0.0.7"), authenticated(jwt))).isEqualTo("user:7d1c7c4e-0000-4000-8000-000000000001");
	}

	@Test
	void keysTwoUsersBehindOneAddressApart() {
		assertThat(keyOf(from("10.0.0.7"), userWithSubject("a")))
			.isNotEqualTo(keyOf(from("10.0.0.7"), userWithSubject("b")));
	}

	@Test
	void keysAnAnonymousCallerByClientAddress() {
		assertThat(keyOf(from("192.0.2.10"), null)).isEqualTo("ip:192.0.2.10");
	}

	@Test
	void keysSpringSecuritysAnonymousUserByClientAddressToo() {
		AnonymousAuthenticationToken anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

		assertThat(keyOf(from("192.0.2.10"), anonymous)).isEqualTo("ip:192.0.2.10");
	}

	@Test
	void neverAnswersAnEmptyKeyWhichTheLimiterWouldRefuse() {
		MockServerWebExchange noAddress = MockServerWebExchange.from(MockServerHttpRequest.get("/"));

		assertThat(keyOf(noAddress, null)).isEqualTo("ip:unknown");
	}

	private String keyOf(MockServerWebExchange exchange, Principal principal) {
		ServerWebExchange withPrincipal = (principal != null)
				? exchange.mutate().principal(Mono.just(principal)).build() : exchange;
		return this.resolver.resolve(withPrincipal).block();
	}

	private static MockServerWebExchange from(String address) {
		return MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/users/me").remoteAddress(new InetSocketAddress(address, 51234)));
	}

	private static JwtAuthenticationToken userWithSubject(String subject) {
		return authenticated(Jwt.withTokenValue("t").header("alg", "RS256").subject(subject).build());
	}

	/** As the resource server builds it after validating the token. */
	private static JwtAuthenticationToken authenticated(Jwt jwt) {
		return new JwtAuthenticationToken(jwt, AuthorityUtils.createAuthorityList("ROLE_CUSTOMER"));
	}

}
