package dev.orderflow.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of {@code GET /api/notifications/stream}, as a browser's EventSource: collects
 * the {@code data:} of every event, in a background reader, until closed.
 */
final class EventStream implements AutoCloseable {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final List<JsonNode> notifications = new CopyOnWriteArrayList<>();

	private final List<String> comments = new CopyOnWriteArrayList<>();

	private final CompletableFuture<HttpResponse<Stream<String>>> response;

	private volatile int status;

	EventStream(String url, String token) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Accept", "text/event-stream")
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
		this.response = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.build()
			.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
		this.response.thenAccept((opened) -> {
			this.status = opened.statusCode();
			opened.body().forEach(this::line);
		});
	}

	private void line(String line) {
		if (line.startsWith("data:")) {
			this.notifications.add(json.readTree(line.substring(5).trim()));
		}
		else if (line.startsWith(":")) {
			this.comments.add(line.substring(1).trim());
		}
	}

	int status() {
		return this.status;
	}

	boolean opened() {
		return this.comments.contains("connected");
	}

	List<JsonNode> notifications() {
		return List.copyOf(this.notifications);
	}

	@Override
	public void close() {
		this.response.thenAccept((opened) -> opened.body().close());
		this.response.cancel(true);
	}

}
