package dev.orderflow.order.config;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import dev.orderflow.order.OrderServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies are strict (see the catalogue ITs), the application's mapper is not:
 * event consumers must ignore fields that producers add within a topic version.
 */
class JsonMapperIT extends OrderServiceIntegrationTest {

	@Autowired
	JsonMapper jsonMapper;

	@Test
	void keepsTheApplicationMapperLenientForEventConsumers() {
		CreditReserved event = this.jsonMapper.readValue("{\"orderId\": \"o-1\", \"addedInALaterRelease\": true}",
				CreditReserved.class);

		assertThat(event).isEqualTo(new CreditReserved("o-1"));
	}

	record CreditReserved(String orderId) {

	}

}
