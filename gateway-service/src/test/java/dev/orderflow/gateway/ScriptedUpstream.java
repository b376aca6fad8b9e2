package dev.orderflow.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.json.JsonMapper;

import dev.orderflow.testsupport.tokens.TestJwks;

/**
 * A scripted upstream behind the gateway, for edge policies a real service cannot be made
 * to show on demand (slowness, failures, echoed headers): serves a JWKS of its own key,
 * echoes the headers it receives, and can be slow or fail on demand.
 */
final class ScriptedUpstream implements AutoCloseable {

	private static final JsonMapper json = JsonMapper.builder().build();

	final RSAKey key = TestJwks.generate("upstream-key-1");

	final AtomicInteger flakyGets = new AtomicInteger();

	final AtomicInteger flakyPosts = new AtomicInteger();

	final AtomicInteger brokenGets = new AtomicInteger();

	private final DisposableServer server;

	ScriptedUpstream() {
		String jwks = new JWKSet(this.key.toPublicJWK()).toString();
		// its own event loop, not Reactor Netty's global one that a closing context
		// disposes
		this.server = HttpServer.create()
			.runOn(LoopResources.create("scripted-upstream", 1, true))
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.get("/.well-known/jwks.json", (request, response) -> json(response, 200, jwks))
				.route((request) -> request.uri().startsWith("/api/users/me"),
						(request, response) -> json(response, 200, echo(request)))
				.get("/api/users/slow",
						(request, response) -> Mono.delay(Duration.ofSeconds(3)).then(json(response, 200, "{}")))
				.get("/api/users/flaky",
						(request, response) -> json(response, (this.flakyGets.incrementAndGet() == 1) ? 503 : 200,
								"{}"))
				.get("/v3/api-docs",
						(request, response) -> json(response, 200,
								"{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"upstream\"}}"))
				.get("/api/users/broken",
						(request, response) -> Mono.fromRunnable(this.brokenGets::incrementAndGet)
							.then(json(response, 500, "{\"from\":\"upstream\"}")))
				.post("/api/users/flaky",
						(request, response) -> request.receive()
							.then(Mono.defer(() -> json(response, (this.flakyPosts.incrementAndGet() == 1) ? 503 : 200,
									"{\"from\":\"upstream\"}"))))
				.post("/api/auth/register", (request, response) -> request.receive().then(json(response, 201, "{}"))))
			.bindNow();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

	private static String echo(HttpServerRequest request) {
		Map<String, String> headers = new TreeMap<>();
		request.requestHeaders().forEach((header) -> headers.put(header.getKey().toLowerCase(), header.getValue()));
		return json.writeValueAsString(Map.of("headers", headers));
	}

	private static Mono<Void> json(HttpServerResponse response, int status, String body) {
		return response.status(status).header("Content-Type", "application/json").sendString(Mono.just(body)).then();
	}

}
