package dev.orderflow.systemtests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests that no endpoint of the public API may accept, generated from a table of the
 * endpoints and one of mutations: broken JSON, wrong types, numbers out of range, wrong
 * content types, bad ids and query parameters, wrong methods, bad credentials, and
 * request targets that are not valid URIs. Every mutation breaks its request on purpose:
 * a mutation that could leave it valid (a number for a text field, which JSON binding
 * turns into text; {@code 1.5} for a whole number, which it rounds) is left out, so each
 * one must be refused with a 4xx problem and change nothing. The same seed gives the same
 * requests.
 */
final class MalformedRequests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Who sends a request. */
	enum Caller {

		ANONYMOUS, CUSTOMER, ADMIN

	}

	/**
	 * One request to send.
	 *
	 * @param kind what is wrong with it, for the report
	 * @param method the HTTP method
	 * @param target the request target, sent as it is (it may not be a valid URI)
	 * @param caller whose token it carries
	 * @param authorization an Authorization header instead of the caller's, or null
	 * @param contentType the Content-Type, or null for none
	 * @param body the body, or null for none
	 */
	record Probe(String kind, String method, String target, Caller caller, String authorization, String contentType,
			byte[] body) {

		@Override
		public String toString() {
			String text = (this.body != null) ? new String(this.body, StandardCharsets.UTF_8) : "";
			return this.kind + ": " + this.method + " " + abbreviated(this.target) + " as " + this.caller
					+ ((this.contentType != null) ? " [" + this.contentType + "]" : "") + " " + abbreviated(text);
		}

		private static String abbreviated(String text) {
			return (text.length() > 120) ? text.substring(0, 120) + "... (" + text.length() + " chars)" : text;
		}

	}

	/**
	 * An endpoint and a valid request to it, which the mutations break.
	 *
	 * @param method the HTTP method
	 * @param path the path with a real id where it takes one
	 * @param idPath the path with {@code {id}} where the id goes, or null
	 * @param caller who may call it
	 * @param body a valid body, or null if it takes none
	 */
	private record Endpoint(String method, String path, String idPath, Caller caller, ObjectNode body) {

		String withId(String id) {
			return this.idPath.replace("{id}", id);
		}

	}

	private final List<Endpoint> endpoints = new ArrayList<>();

	/** Paths and the methods they answer. */
	private final Map<String, Set<String>> methodsByPath = new java.util.LinkedHashMap<>();

	private final Random random;

	/**
	 * @param customerId the calling customer's id (an admin changes this account)
	 * @param productId a product of the catalogue
	 * @param customerEmail the customer's email
	 * @param seed what the random choices are drawn from
	 */
	MalformedRequests(String customerId, String productId, String customerEmail, long seed) {
		this.random = new Random(seed);
		String money = "{\"amount\":\"12.50\",\"currency\":\"EUR\"}";
		endpoint("POST", "/api/auth/register", null, Caller.ANONYMOUS, "{\"email\":\"bad-input-" + UUID.randomUUID()
				+ "@example.com\",\"password\":\"a long enough password\",\"name\":\"Bad Input\"}");
		endpoint("POST", "/api/auth/login", null, Caller.ANONYMOUS,
				"{\"email\":\"" + customerEmail + "\",\"password\":\"not the password at all\"}");
		endpoint("POST", "/api/auth/refresh", null, Caller.ANONYMOUS, "{\"refreshToken\":\"not-a-refresh-token\"}");
		endpoint("POST", "/api/auth/logout", null, Caller.CUSTOMER, "{\"refreshToken\":\"not-a-refresh-token\"}");
		endpoint("GET", "/api/users/me", null, Caller.CUSTOMER, null);
		endpoint("GET", "/api/users", null, Caller.ADMIN, null);
		endpoint("GET", "/api/users/" + customerId, "/api/users/{id}", Caller.ADMIN, null);
		endpoint("PATCH", "/api/users/" + customerId, "/api/users/{id}", Caller.ADMIN,
				"{\"creditLimit\":" + money + "}");
		endpoint("PATCH", "/api/users/" + customerId, "/api/users/{id}", Caller.ADMIN, "{\"status\":\"SUSPENDED\"}");
		endpoint("GET", "/api/products", null, Caller.ANONYMOUS, null);
		endpoint("GET", "/api/products/" + productId, "/api/products/{id}", Caller.ANONYMOUS, null);
		endpoint("POST", "/api/products", null, Caller.ADMIN,
				"{\"sku\":\"BAD-INPUT-1\",\"name\":\"Bad input\",\"price\":" + money + "}");
		endpoint("PATCH", "/api/products/" + productId, "/api/products/{id}", Caller.ADMIN, "{\"name\":\"Renamed\"}");
		endpoint("PATCH", "/api/products/" + productId, "/api/products/{id}", Caller.ADMIN,
				"{\"price\":" + money + "}");
		endpoint("PATCH", "/api/products/" + productId, "/api/products/{id}", Caller.ADMIN, "{\"active\":false}");
		endpoint("POST", "/api/orders", null, Caller.CUSTOMER,
				"{\"items\":[{\"productId\":\"" + productId + "\",\"quantity\":1}]}");
		endpoint("GET", "/api/orders", null, Caller.CUSTOMER, null);
		endpoint("GET", "/api/orders/" + UUID.randomUUID(), "/api/orders/{id}", Caller.CUSTOMER, null);
		endpoint("POST", "/api/orders/" + UUID.randomUUID() + "/cancel", "/api/orders/{id}/cancel", Caller.CUSTOMER,
				null);
		endpoint("GET", "/api/notifications", null, Caller.CUSTOMER, null);
		endpoint("POST", "/api/notifications/" + UUID.randomUUID() + "/read", "/api/notifications/{id}/read",
				Caller.CUSTOMER, null);
		endpoint("GET", "/api/notifications/preferences", null, Caller.CUSTOMER, null);
		endpoint("PUT", "/api/notifications/preferences", null, Caller.CUSTOMER, "{\"email\":false}");
		endpoint("POST", "/api/notifications/" + UUID.randomUUID() + "/email/resend",
				"/api/notifications/{id}/email/resend", Caller.ADMIN, null);
		endpoint("POST", "/api/notifications/email/resend", null, Caller.ADMIN, null);
		this.methodsByPath.computeIfAbsent("/api/notifications/stream", (path) -> new LinkedHashSet<>()).add("GET");
		this.methodsByPath.computeIfAbsent("/.well-known/jwks.json", (path) -> new LinkedHashSet<>()).add("GET");
	}

	private void endpoint(String method, String path, String idPath, Caller caller, String body) {
		this.endpoints
			.add(new Endpoint(method, path, idPath, caller, (body != null) ? (ObjectNode) JSON.readTree(body) : null));
		this.methodsByPath.computeIfAbsent((idPath != null) ? idPath : path, (key) -> new LinkedHashSet<>())
			.add(method);
	}

	/** Every probe, in a shuffled order drawn from the seed. */
	List<Probe> all() {
		List<Probe> probes = new ArrayList<>();
		for (Endpoint endpoint : this.endpoints) {
			if (endpoint.body() != null) {
				brokenJson(endpoint, probes);
				wrongValues(endpoint, probes);
				wrongContentTypes(endpoint, probes);
			}
			if (endpoint.idPath() != null) {
				badIds(endpoint, probes);
			}
			if (endpoint.caller() != Caller.ANONYMOUS) {
				badCredentials(endpoint, probes);
			}
		}
		badQueries(probes);
		wrongMethods(probes);
		invalidTargets(probes);
		Collections.shuffle(probes, this.random);
		return probes;
	}

	private void brokenJson(Endpoint endpoint, List<Probe> probes) {
		String valid = JSON.writeValueAsString(endpoint.body());
		List<String> broken = new ArrayList<>(List.of("", "   ", "{", "}", "[]", "\"text\"", "42", "null", "nul",
				valid + "}", valid + "x", valid.replace('"', '\''), "{/* a comment */}", "{\"a\":1,}", "{\"a\": NaN}",
				"[".repeat(20_000), "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}"));
		// cut at a point drawn from the seed, never the whole body
		for (int cut = 0; cut < 3; cut++) {
			broken.add(valid.substring(0, 1 + this.random.nextInt(valid.length() - 1)));
		}
		for (String text : broken) {
			probes.add(probe("broken JSON", endpoint, endpoint.path(), "application/json", text));
		}
		// not UTF-8
		probes.add(new Probe("bytes that are not UTF-8", endpoint.method(), endpoint.path(), endpoint.caller(), null,
				"application/json", new byte[] { '{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}' }));
	}

	/** Each value of the body replaced by values of its field that cannot be valid. */
	private void wrongValues(Endpoint endpoint, List<Probe> probes) {
		for (String field : leaves(endpoint.body(), "")) {
			JsonNode value = at(endpoint.body(), field);
			for (Object wrong : wrongFor(field, value)) {
				ObjectNode body = endpoint.body().deepCopy();
				replace(body, field, wrong);
				probes.add(probe("wrong value of " + field, endpoint, endpoint.path(), "application/json",
						JSON.writeValueAsString(body)));
			}
		}
		// a list of items: none, too many, a null one, not a list
		if (endpoint.body().has("items")) {
			ArrayNode items = (ArrayNode) endpoint.body().get("items");
			for (Function<ObjectNode, ObjectNode> change : List
				.<Function<ObjectNode, ObjectNode>>of((body) -> body.set("items", JSON.createArrayNode()), (body) -> {
					ArrayNode many = JSON.createArrayNode();
					for (int line = 0; line <= 50; line++) {
						ObjectNode item = JSON.createObjectNode();
						item.put("productId", UUID.randomUUID().toString());
						item.put("quantity", 1);
						many.add(item);
					}
					return body.set("items", many);
				}, (body) -> body.set("items", JSON.createArrayNode().addNull()),
						(body) -> body.put("items", "one of each"), (body) -> body.set("items", items.get(0)))) {
				probes.add(probe("wrong items", endpoint, endpoint.path(), "application/json",
						JSON.writeValueAsString(change.apply(endpoint.body().deepCopy()))));
			}
		}
	}

	private static List<Object> wrongFor(String field, JsonNode value) {
		List<Object> wrong = new ArrayList<>(List.of(Map.of(), List.of()));
		wrong.add(NULL);
		if (value.isBoolean()) {
			wrong.addAll(List.of("maybe", "yes"));
		}
		else if (value.isNumber() || field.endsWith("amount")) {
			// quantities and amounts
			wrong.addAll(List.of("abc", "NaN", true, -1, new java.math.BigDecimal("1e400"),
					new java.math.BigInteger("123456789012345678901234567890"), "1.001"));
			if (value.isNumber()) {
				wrong.addAll(List.of(0, 1001, 2_147_483_648L));
			}
		}
		else if (field.endsWith("productId")) {
			wrong.addAll(List.of("not-a-uuid", "", UUID.randomUUID().toString(), "x".repeat(10_000)));
		}
		else if (field.endsWith("status")) {
			wrong.addAll(List.of("BOGUS", ""));
		}
		else if (field.endsWith("currency")) {
			wrong.addAll(List.of("", "EURO", "eu", "E\u0000R"));
		}
		else {
			// text: empty, too long, with a NUL that PostgreSQL cannot store
			wrong.addAll(List.of("", "x".repeat(10_000), "with\u0000nul"));
		}
		return wrong;
	}

	private static final Object NULL = new Object();

	private void wrongContentTypes(Endpoint endpoint, List<Probe> probes) {
		String valid = JSON.writeValueAsString(endpoint.body());
		for (String type : new String[] { null, "text/plain", "application/xml", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x", "image/png" }) {
			probes.add(probe("wrong content type", endpoint, endpoint.path(), type, valid));
		}
	}

	private void badIds(Endpoint endpoint, List<Probe> probes) {
		String body = (endpoint.body() != null) ? JSON.writeValueAsString(endpoint.body()) : null;
		for (String id : new String[] { "not-a-uuid", "123", "%27%20OR%201%3D1--",
				"00000000-0000-0000-0000-00000000000g", "a".repeat(3_000), "%2e%2e%2factuator", "%00",
				UUID.randomUUID().toString() }) {
			probes
				.add(probe("bad id", endpoint, endpoint.withId(id), (body != null) ? "application/json" : null, body));
		}
	}

	private void badCredentials(Endpoint endpoint, List<Probe> probes) {
		String body = (endpoint.body() != null) ? JSON.writeValueAsString(endpoint.body()) : null;
		for (String authorization : new String[] { "", "Bearer", "Bearer not.a.jwt", "Basic dXNlcjpwYXNzd29yZA==",
				"Bearer " + "x".repeat(2_000), "TAMPERED", "EXTRA" }) {
			probes.add(new Probe("bad credentials", endpoint.method(), endpoint.path(), endpoint.caller(),
					authorization, (body != null) ? "application/json" : null,
					(body != null) ? body.getBytes(StandardCharsets.UTF_8) : null));
		}
		// no credentials at all
		probes.add(new Probe("no credentials", endpoint.method(), endpoint.path(), Caller.ANONYMOUS, null,
				(body != null) ? "application/json" : null,
				(body != null) ? body.getBytes(StandardCharsets.UTF_8) : null));
		if (endpoint.caller() == Caller.ADMIN) {
			probes.add(new Probe("not an admin", endpoint.method(), endpoint.path(), Caller.CUSTOMER, null,
					(body != null) ? "application/json" : null,
					(body != null) ? body.getBytes(StandardCharsets.UTF_8) : null));
		}
	}

	private void badQueries(List<Probe> probes) {
		Map<String, Caller> lists = Map.of("/api/users", Caller.ADMIN, "/api/products", Caller.ANONYMOUS, "/api/orders",
				Caller.CUSTOMER, "/api/notifications", Caller.CUSTOMER);
		List<String> paging = List.of("page=-1", "page=abc", "page=100001", "page=1.5", "page=%00", "page=99999999999",
				"size=0", "size=-1", "size=101", "size=abc", "size=99999999999", "size=1e2");
		lists.forEach((path, caller) -> {
			for (String query : paging) {
				probes.add(new Probe("bad query", "GET", path + "?" + query, caller, null, null, null));
			}
		});
		for (String query : List.of("status=BOGUS", "status=%00", "status=APPROVED%20OR%201=1")) {
			probes.add(new Probe("bad query", "GET", "/api/orders?" + query, Caller.CUSTOMER, null, null, null));
		}
		for (String query : List.of("unread=maybe", "unread=2")) {
			probes.add(new Probe("bad query", "GET", "/api/notifications?" + query, Caller.CUSTOMER, null, null, null));
		}
		for (String query : List.of("", "failedFrom=2026-01-01T00:00:00Z", "failedTo=2026-01-01T00:00:00Z",
				"failedFrom=yesterday&failedTo=today", "failedFrom=2026-13-45T00:00:00Z&failedTo=2026-01-01T00:00:00Z",
				"failedFrom=2026-02-01T00:00:00Z&failedTo=2026-01-01T00:00:00Z")) {
			probes.add(new Probe("bad query", "POST",
					"/api/notifications/email/resend" + (query.isEmpty() ? "" : "?") + query, Caller.ADMIN, null, null,
					null));
		}
	}

	/** Every method a path does not answer, by someone who may call the path. */
	private void wrongMethods(List<Probe> probes) {
		this.methodsByPath.forEach((path, methods) -> {
			String concrete = path.replace("{id}", UUID.randomUUID().toString());
			Caller caller = this.endpoints.stream()
				.filter((endpoint) -> path.equals(endpoint.idPath()) || path.equals(endpoint.path()))
				.map(Endpoint::caller)
				.findFirst()
				.orElse(Caller.CUSTOMER);
			for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
				if (!methods.contains(method)) {
					probes.add(new Probe("wrong method", method, concrete, caller, null, null, null));
				}
			}
		});
	}

	/** Targets that are not URIs at all. */
	private void invalidTargets(List<Probe> probes) {
		for (String target : List.of("/api/products/<script>", "/api/products?size=<1>", "/api/products/{x}",
				"/api/products/|", "/api/products/%zz", "/api/products/\"q\"", "/api/products/^", "/api/products/`",
				"/api/products/\\x", "/api/products?page=%", "/api/orders/%ff%fe", "/api/orders/<x>")) {
			probes.add(new Probe("not a URI", "GET", target, Caller.CUSTOMER, null, null, null));
		}
	}

	private static Probe probe(String kind, Endpoint endpoint, String target, String contentType, String body) {
		return new Probe(kind, endpoint.method(), target, endpoint.caller(), null, contentType,
				(body != null) ? body.getBytes(StandardCharsets.UTF_8) : null);
	}

	/** The paths of the leaf values of a body: {@code price.amount}. */
	private static List<String> leaves(JsonNode node, String prefix) {
		List<String> leaves = new ArrayList<>();
		if (node.isObject()) {
			for (String name : node.propertyNames()) {
				leaves.addAll(leaves(node.get(name), prefix.isEmpty() ? name : prefix + "." + name));
			}
		}
		else if (node.isArray()) {
			leaves.addAll(leaves(node.get(0), prefix + ".0"));
		}
		else {
			leaves.add(prefix);
		}
		return leaves;
	}

	private static JsonNode at(JsonNode node, String path) {
		JsonNode at = node;
		for (String step : path.split("\\.")) {
			at = at.isArray() ? at.get(Integer.parseInt(step)) : at.get(step);
		}
		return at;
	}

	private static void replace(ObjectNode body, String path, Object value) {
		int last = path.lastIndexOf('.');
		JsonNode parent = (last < 0) ? body : at(body, path.substring(0, last));
		String name = path.substring(last + 1);
		JsonNode replacement = (value == NULL) ? JSON.nullNode() : JSON.valueToTree(value);
		if (parent.isArray()) {
			((ArrayNode) parent).set(Integer.parseInt(name), replacement);
		}
		else {
			((ObjectNode) parent).set(name, replacement);
		}
	}

}
