package dev.orderflow.discovery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "EUREKA_PASSWORD=test-registry-password" })
class DiscoveryServiceIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void refusesAnonymousRegistryReads() throws Exception {
		assertThat(get("/eureka/apps", null)).isEqualTo(401);
	}

	@Test
	void servesTheRegistryToAuthenticatedClients() throws Exception {
		assertThat(get("/eureka/apps", basic("eureka", "test-registry-password"))).isEqualTo(200);
	}

	@Test
	void refusesAWrongPassword() throws Exception {
		assertThat(get("/eureka/apps", basic("eureka", "wrong"))).isEqualTo(401);
	}

	@Test
	void keepsHealthOpenForProbes() throws Exception {
		assertThat(get("/actuator/health", null)).isEqualTo(200);
	}

	@Test
	void letsPrometheusScrapeWithoutCredentials() throws Exception {
		assertThat(get("/actuator/prometheus", null)).isEqualTo(200);
	}

	@Test
	void keepsOtherActuatorEndpointsClosed() throws Exception {
		assertThat(get("/actuator", null)).isEqualTo(401);
	}

	private int get(String path, String authorization) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "*/*");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
	}

}
