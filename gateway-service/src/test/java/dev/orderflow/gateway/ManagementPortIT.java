package dev.orderflow.gateway;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import dev.orderflow.testsupport.ServiceProcess;
import dev.orderflow.testsupport.FreshConnections;

/**
 * With a separate management port (the docker and kubernetes profiles), Prometheus
 * scrapes there without a token while the public port still requires one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ManagementPortIT {

	private static final int managementPort = ServiceProcess.freePort();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void managementPort(DynamicPropertyRegistry registry) {
		registry.add("eureka.client.enabled", () -> "false");
		registry.add("management.server.port", () -> managementPort);
	}

	@Test
	void servesMetricsWithoutTokenOnTheManagementPortOnly() {
		client(managementPort).get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
		client(managementPort).get().uri("/actuator/health").exchange().expectStatus().isOk();
		client(this.port).get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private static WebTestClient client(int port) {
		return WebTestClient.bindToServer(new ReactorClientHttpConnector(FreshConnections.httpClient()))
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(Duration.ofSeconds(10))
			.build();
	}

}
