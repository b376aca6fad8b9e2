package dev.orderflow.systemtests;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.orderflow.systemtests.MalformedRequests.Caller;
import dev.orderflow.systemtests.MalformedRequests.Probe;
import dev.orderflow.testsupport.ServiceProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of malformed requests ({@link MalformedRequests}, seed
 * {@code -Dorderflow.badinput.seed}, 7 by default) through the gateway to every endpoint:
 * none may be answered with a 5xx or a success, each refusal must be a problem+json whose
 * status is the response's, and nothing may change: the users, the catalogue, the
 * customer's account and credit, orders, notifications and preferences read the same
 * before and after. Loops are bounded and target 127.0.0.1 only.
 */
class BadInputIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PASSWORD = "bad input customer password";

	private final WholeSystem system = WholeSystem.up();

	private final Api api = new Api(WholeSystem.GATEWAY, WholeSystem.GATEWAY);

	@Test
	void malformedRequestsAreRefusedWithAProblemAndChangeNothing() {
		String email = "bad-input-" + UUID.randomUUID() + "@example.com";
		this.api
			.post(WholeSystem.GATEWAY + "/api/auth/register", null,
					Map.of("email", email, "password", PASSWORD, "name", "Bad Input Customer"))
			.expect(201);
		Map<Caller, String> tokens = Map.of(Caller.CUSTOMER, this.api.login(email, PASSWORD), Caller.ADMIN,
				this.api.login(WholeSystem.ADMIN_EMAIL, WholeSystem.ADMIN_PASSWORD));
		String customerId = this.api.me(tokens.get(Caller.CUSTOMER)).get("id").asString();
		String productId = this.api.products().get(0).get("id").asString();
		// the welcome notification arrives on its own: wait for it before the state is
		// read
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.until(() -> this.api.get(WholeSystem.GATEWAY + "/api/notifications", tokens.get(Caller.CUSTOMER))
				.expect(200)
				.body()
				.get("totalItems")
				.asLong() == 1);
		Map<String, JsonNode> before = state(tokens, customerId);

		long seed = Long.getLong("orderflow.badinput.seed", 7);
		List<Probe> probes = new MalformedRequests(customerId, productId, email, seed).all();
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<String> wrong = new ArrayList<>();
		for (Probe probe : probes) {
			Answer answer = send(probe, tokens);
			statuses.merge(answer.status(), 1, Integer::sum);
			String problem = problemIn(answer);
			if (problem != null) {
				wrong.add(probe + "\n    -> " + answer.status() + " " + answer.contentType() + ": " + problem);
			}
		}
		System.out.printf("bad input, seed %d: %d malformed requests, statuses %s, %d answered wrongly%n", seed,
				probes.size(), statuses, wrong.size());

		assertThat(probes).hasSizeGreaterThanOrEqualTo(500);
		assertThat(wrong).as("requests not refused with a 4xx problem").isEmpty();
		assertThat(state(tokens, customerId)).as("what the requests could have changed").isEqualTo(before);
	}

	/**
	 * What a malformed request may have changed, as the API shows it. Read after the
	 * probes have spent the callers' rate limit, so each read waits out a 429 as the
	 * probes do.
	 */
	private Map<String, JsonNode> state(Map<Caller, String> tokens, String customerId) {
		String customer = tokens.get(Caller.CUSTOMER);
		String admin = tokens.get(Caller.ADMIN);
		Map<String, JsonNode> state = new TreeMap<>();
		state.put("users", read("/api/users?size=1", admin).get("totalItems"));
		state.put("customer", read("/api/users/" + customerId, admin));
		state.put("catalogue", read("/api/products?size=100", null));
		state.put("orders", read("/api/orders?size=100", customer));
		state.put("all orders", read("/api/orders?size=1", admin).get("totalItems"));
		state.put("notifications", read("/api/notifications?size=100", customer));
		state.put("preferences", read("/api/notifications/preferences", customer));
		return state;
	}

	private JsonNode read(String path, String token) {
		return outsideTheRateLimit(() -> this.api.get(WholeSystem.GATEWAY + path, token), Api.Response::status)
			.expect(200)
			.body();
	}

	/**
	 * What is wrong with an answer to a malformed request, or null: it must be a 4xx
	 * problem+json that says its status.
	 */
	private static String problemIn(Answer answer) {
		if (answer.status() < 400 || answer.status() >= 500) {
			return "not a 4xx: " + abbreviated(answer.body());
		}
		if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
			return "not problem+json: " + abbreviated(answer.body());
		}
		try {
			JsonNode problem = JSON.readTree(answer.body());
			if (problem.path("status").asInt() != answer.status() || problem.path("title").asString("").isBlank()) {
				return "a problem without its status or title: " + abbreviated(answer.body());
			}
			return null;
		}
		catch (RuntimeException notJson) {
			return "not JSON: " + abbreviated(answer.body());
		}
	}

	/**
	 * Sends a probe, again after the rate limit's {@code Retry-After} if it was limited:
	 * a 429 says nothing of what the endpoint does with the input.
	 */
	private static Answer send(Probe probe, Map<Caller, String> tokens) {
		return outsideTheRateLimit(() -> sendOnItsOwnConnection(probe, authorization(probe, tokens)), Answer::status);
	}

	/**
	 * A call's answer, again a second later while the gateway answers 429, at most 20
	 * times: the limiter refills a caller's bucket every second.
	 */
	private static <A> A outsideTheRateLimit(Supplier<A> call, ToIntFunction<A> status) {
		for (int attempt = 0;; attempt++) {
			A answer = call.get();
			if (status.applyAsInt(answer) != 429 || attempt == 20) {
				return answer;
			}
			ServiceProcess.sleep(Duration.ofSeconds(1));
		}
	}

	private static String authorization(Probe probe, Map<Caller, String> tokens) {
		String token = tokens.get(probe.caller());
		if (probe.authorization() == null) {
			return (token != null) ? "Bearer " + token : null;
		}
		String own = tokens.get(probe.caller());
		return switch (probe.authorization()) {
			// a character of the signature changed: not its last, whose low bits are
			// padding that decoding drops
			case "TAMPERED" -> "Bearer " + tampered(own);
			case "EXTRA" -> "Bearer " + own + " extra";
			default -> probe.authorization();
		};
	}

	/**
	 * The request written to the socket as it is (a target may not be a valid URI, which
	 * an HTTP client would refuse), on a connection of its own (docs/testing.md: a
	 * connection per request), and one answer read by its length. The connection is kept
	 * alive until the answer is read: asked to close, the server closes at once after
	 * answering a body it did not read, and the reset that its unread bytes cause can
	 * overtake the answer.
	 */
	/** The token with one character of its signature changed. */
	private static String tampered(String token) {
		int at = token.length() - 10;
		return token.substring(0, at) + ((token.charAt(at) == 'A') ? 'B' : 'A') + token.substring(at + 1);
	}

	private static Answer sendOnItsOwnConnection(Probe probe, String authorization) {
		try (Socket socket = new Socket("127.0.0.1", URI.create(WholeSystem.GATEWAY).getPort())) {
			socket.setSoTimeout(15_000);
			OutputStream out = socket.getOutputStream();
			StringBuilder head = new StringBuilder(probe.method() + " " + probe.target() + " HTTP/1.1\r\n")
				.append("Host: 127.0.0.1\r\nAccept: application/json\r\n");
			if (authorization != null) {
				head.append("Authorization: ").append(authorization).append("\r\n");
			}
			if (probe.contentType() != null) {
				head.append("Content-Type: ").append(probe.contentType()).append("\r\n");
			}
			if (probe.body() != null) {
				head.append("Content-Length: ").append(probe.body().length).append("\r\n");
			}
			out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			if (probe.body() != null) {
				out.write(probe.body());
			}
			out.flush();
			return read(new BufferedInputStream(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(probe + " failed", ex);
		}
	}

	/** One HTTP/1.1 answer: its head, then a body of Content-Length, chunked, or none. */
	private static Answer read(InputStream in) throws IOException {
		int status = Integer.parseInt(line(in).split(" ")[1]);
		String contentType = null;
		long length = -1;
		boolean chunked = false;
		for (String header = line(in); !header.isEmpty(); header = line(in)) {
			String name = header.substring(0, header.indexOf(':')).trim().toLowerCase(Locale.ROOT);
			String value = header.substring(header.indexOf(':') + 1).trim();
			switch (name) {
				case "content-type" -> contentType = value;
				case "content-length" -> length = Long.parseLong(value);
				case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
				default -> {
				}
			}
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (chunked) {
			for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0; size = Integer
				.parseInt(line(in).split(";")[0].trim(), 16)) {
				body.write(in.readNBytes(size));
				line(in);
			}
		}
		else if (length > 0) {
			body.write(in.readNBytes((int) length));
		}
		return new Answer(status, contentType, body.toString(StandardCharsets.UTF_8));
	}

	/** A line of the head, without its CRLF. */
	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int next = in.read(); next != '\n'; next = in.read()) {
			if (next == -1) {
				throw new IOException("the connection ended within the answer's head");
			}
			if (next != '\r') {
				line.write(next);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	private static String abbreviated(String text) {
		return (text == null) ? "" : (text.length() > 300) ? text.substring(0, 300) + "..." : text;
	}

	/**
	 * An answer.
	 *
	 * @param status the HTTP status
	 * @param contentType its Content-Type, or null
	 * @param body its body
	 */
	private record Answer(int status, String contentType, String body) {

	}

}
