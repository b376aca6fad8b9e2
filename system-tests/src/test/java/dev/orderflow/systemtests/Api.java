package dev.orderflow.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public API as a frontend app calls it, over plain HTTP with JSON. */
final class Api {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String users;

	private final String orders;

	Api(String users, String orders) {
		this.users = users;
		this.orders = orders;
	}

	/**
	 * Registers a customer and logs in.
	 * @param email a fresh email
	 * @return the access token
	 */
	String customer(String email) {
		Response registered = post(this.users + "/api/auth/register", null,
				Map.of("email", email, "password", "saga customer password", "name", "Saga Customer"));
		registered.expect(201);
		return login(email, "saga customer password");
	}

	String login(String email, String password) {
		return post(this.users + "/api/auth/login", null, Map.of("email", email, "password", password)).expect(200)
			.body()
			.get("accessToken")
			.asString();
	}

	JsonNode me(String token) {
		return get(this.users + "/api/users/me", token).expect(200).body();
	}

	void changeUser(String adminToken, String userId, Map<String, Object> change) {
		send("PATCH", this.users + "/api/users/" + userId, adminToken, change).expect(200);
	}

	List<JsonNode> products() {
		List<JsonNode> products = new java.util.ArrayList<>();
		get(this.orders + "/api/products?size=100", null).expect(200).body().get("items").forEach(products::add);
		return products;
	}

	JsonNode placeOrder(String token, List<Map<String, Object>> items) {
		return post(this.orders + "/api/orders", token, Map.of("items", items)).expect(202).body();
	}

	JsonNode order(String token, String id) {
		return get(this.orders + "/api/orders/" + id, token).expect(200).body();
	}

	Response cancel(String token, String id) {
		return post(this.orders + "/api/orders/" + id + "/cancel", token, Map.of());
	}

	Response get(String url, String token) {
		return send("GET", url, token, null);
	}

	Response post(String url, String token, Object body) {
		return send("POST", url, token, body);
	}

	Response send(String method, String url, String token, Object body) {
		return send(method, url, token, body, Map.of());
	}

	Response send(String method, String url, String token, Object body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(15))
			.method(method,
					(body instanceof Raw raw) ? HttpRequest.BodyPublishers.ofString(raw.json())
							: (body != null) ? HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))
									: HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + url + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A body sent as it is, e.g. malformed JSON.
	 *
	 * @param json the text
	 */
	record Raw(String json) {

	}

	/**
	 * A response.
	 *
	 * @param status the HTTP status
	 * @param text the body
	 */
	record Response(int status, String text) {

		Response expect(int expected) {
			if (this.status != expected) {
				throw new AssertionError("Expected HTTP " + expected + " but got " + this.status + ": " + this.text);
			}
			return this;
		}

		JsonNode body() {
			return json.readTree(this.text);
		}

	}

}
