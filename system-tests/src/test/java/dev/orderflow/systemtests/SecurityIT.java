package dev.orderflow.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.orderflow.testsupport.tokens.TestJwks;
import dev.orderflow.testsupport.tokens.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's and the services' defences, as an attacker or a careless client meets
 * them.
 */
class SecurityIT {

	private static final String PASSWORD = "security customer password";

	private final WholeSystem system = WholeSystem.up();

	private final Api api = new Api(WholeSystem.GATEWAY, WholeSystem.GATEWAY);

	@Test
	void refusesMissingExpiredAndForeignTokens() {
		String orders = WholeSystem.GATEWAY + "/api/orders";
		problem(this.api.get(orders, null), 401);
		problem(this.api.get(orders, "not-a-jwt"), 401);
		String userId = this.api.me(customer()).get("id").asString();
		// the real signing key, but expired
		String expired = TestTokens.token()
			.subject(userId)
			.expiresAt(Instant.now().minusSeconds(120))
			.signedWith(this.system.signingKey());
		problem(this.api.get(orders, expired), 401);
		// the same claims and key id, signed by another key
		String forged = TestTokens.token().subject(userId).signedWith(TestJwks.generate("dev-key"));
		problem(this.api.get(orders, forged), 401);
		// and the genuine article works
		String genuine = TestTokens.token().subject(userId).signedWith(this.system.signingKey());
		this.api.get(orders, genuine).expect(200);
	}

	@Test
	void keepsCustomersToTheirOwnAndOutOfAdministration() {
		String alice = customer();
		String bob = customer();
		String product = this.api.products().get(0).get("id").asString();
		String alicesOrder = this.api.placeOrder(alice, List.of(Map.of("productId", product, "quantity", 1)))
			.get("id")
			.asString();

		problem(this.api.get(WholeSystem.GATEWAY + "/api/orders/" + alicesOrder, bob), 404);
		problem(this.api.cancel(bob, alicesOrder), 404);
		problem(this.api.get(WholeSystem.GATEWAY + "/api/users", bob), 403);
		problem(this.api.send("PATCH", WholeSystem.GATEWAY + "/api/users/" + this.api.me(bob).get("id").asString(), bob,
				Map.of("status", "SUSPENDED")), 403);
		problem(this.api.post(WholeSystem.GATEWAY + "/api/products", bob,
				Map.of("sku", "X-1", "name", "X", "price", Map.of("amount", "1.00", "currency", "EUR"))), 403);
	}

	@Test
	void refusesBadInputWithProblems() {
		String token = customer();
		problem(this.api.send("POST", WholeSystem.GATEWAY + "/api/orders", token, new Api.Raw("{\"items\": [")), 400);
		problem(this.api.post(WholeSystem.GATEWAY + "/api/orders", token, Map.of("items", List.of())), 400);
		String huge = "x".repeat(2 * 1024 * 1024);
		problem(this.api.post(WholeSystem.GATEWAY + "/api/auth/register", null,
				Map.of("email", "big@example.com", "password", huge, "name", "Big")), 413);
		problem(this.api.get(WholeSystem.GATEWAY + "/api/no-such-thing", token), 404);
	}

	@Test
	void limitsABurstWithTooManyRequests() {
		// a customer of its own: every caller has its own bucket, so emptying this one
		// leaves the other tests' buckets (and the anonymous one of this address) alone
		String token = customer();
		// 150 calls at once (the local limit is 40 at once, 20 more per second): one
		// after
		// another, a loaded machine answers so slowly that the bucket refills as fast as
		// it is
		// emptied and no call is ever refused
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest products = HttpRequest.newBuilder(URI.create(WholeSystem.GATEWAY + "/api/products?size=1"))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(30))
			.build();
		List<CompletableFuture<HttpResponse<Void>>> calls = new ArrayList<>();
		for (int call = 0; call < 150; call++) {
			calls.add(http.sendAsync(products, HttpResponse.BodyHandlers.discarding()));
		}
		List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
		assertThat(statuses).contains(429);
		// and it recovers by itself
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.api.get(WholeSystem.GATEWAY + "/api/products?size=1", token).status() == 200);
	}

	@Test
	void guessingAPasswordLocksTheUnknownClientsWhileTheOwnersDeviceSignsIn() {
		String email = "guessed-" + UUID.randomUUID() + "@example.com";
		this.api
			.post(WholeSystem.GATEWAY + "/api/auth/register", null,
					Map.of("email", email, "password", PASSWORD, "name", "Guessed Customer"))
			.expect(201);
		String login = WholeSystem.GATEWAY + "/api/auth/login";
		String device = this.api.post(login, null, Map.of("email", email, "password", PASSWORD))
			.expect(200)
			.body()
			.get("deviceToken")
			.asString();
		// the deployed limit: 10 failures in 15 minutes lock the unknown clients for 15
		int attempts = 0;
		Api.Response guess;
		do {
			guess = this.api.post(login, null, Map.of("email", email, "password", "guess number " + attempts));
			attempts++;
		}
		while (guess.status() == 401 && attempts < 50);
		System.out.printf("sign-in locked after %d wrong passwords%n", attempts - 1);

		assertThat(attempts - 1).isEqualTo(10);
		problem(guess, 429);
		assertThat(guess.body().get("type").asString()).isEqualTo("urn:orderflow:problem:sign-in-locked");
		// the right password from an unknown client waits too
		problem(this.api.post(login, null, Map.of("email", email, "password", PASSWORD)), 429);
		// the owner's device does not
		this.api.post(login, null, Map.of("email", email, "password", PASSWORD, "deviceToken", device)).expect(200);
	}

	private String customer() {
		String email = "security-" + UUID.randomUUID() + "@example.com";
		this.api
			.post(WholeSystem.GATEWAY + "/api/auth/register", null,
					Map.of("email", email, "password", PASSWORD, "name", "Security Customer"))
			.expect(201);
		return this.api.login(email, PASSWORD);
	}

	private static void problem(Api.Response response, int status) {
		response.expect(status);
		JsonNode body = response.body();
		assertThat(body.get("status").asInt()).isEqualTo(status);
		assertThat(body.get("type").asString()).startsWith("urn:orderflow:problem:");
		assertThat(body.has("traceId")).isTrue();
	}

}
