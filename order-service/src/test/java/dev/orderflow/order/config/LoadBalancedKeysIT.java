package dev.orderflow.order.config;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import dev.orderflow.testsupport.tokens.TestJwks;
import dev.orderflow.testsupport.tokens.TestTokens;
import dev.orderflow.testsupport.WithKafka;
import dev.orderflow.testsupport.WithPostgres;
import dev.orderflow.testsupport.FreshConnections;

/**
 * The deployed configuration: the keys are fetched from {@code http://user-service/...},
 * a host no DNS knows, so only the load balancer can resolve it. Here the instance comes
 * from Spring Cloud's simple discovery client instead of Eureka.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "orderflow.security.jwk-set-load-balanced=true",
				"orderflow.security.jwk-set-uri=http://user-service/.well-known/jwks.json" })
@ActiveProfiles("test")
@WithPostgres
@WithKafka
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LoadBalancedKeysIT {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void userServiceInstance(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.discovery.client.simple.instances.user-service[0].uri", TestJwks::baseUri);
	}

	@Test
	void fetchesTheKeysFromAnInstanceOfUserServiceThatTheLoadBalancerPicks() {
		WebTestClient.bindToServer(new ReactorClientHttpConnector(FreshConnections.httpClient()))
			.baseUrl("http://localhost:" + this.port)
			.build()
			.post()
			.uri("/api/products")
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("sku", "LB-KEYS-1", "name", "Balanced Lamp", "price",
					Map.of("amount", "10.00", "currency", "EUR")))
			.exchange()
			.expectStatus()
			.isCreated();
	}

}
