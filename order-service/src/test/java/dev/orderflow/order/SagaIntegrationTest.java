package dev.orderflow.order;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.orderflow.order.ordering.SagaFixtures;

import static org.awaitility.Awaitility.await;

/**
 * Saga tests: order-service against the real broker, with the test playing user-service
 * ({@link SagaBroker}). Every order event published during a test must honour its
 * contract.
 */
public abstract class SagaIntegrationTest extends OrderServiceIntegrationTest {

	@Autowired
	protected DatabaseClient database;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrap;

	protected SagaBroker broker;

	@BeforeEach
	void startBroker() {
		this.broker = new SagaBroker(this.bootstrap);
	}

	@AfterEach
	void stopBroker() throws InterruptedException {
		try {
			this.broker.assertEveryEventHonoursItsContract();
		}
		finally {
			this.broker.close();
		}
	}

	/**
	 * Sends a credit event and waits until order-service has consumed it: its id is in
	 * the inbox, committed with whatever it did.
	 * @param record the event
	 */
	protected void deliver(ProducerRecord<String, String> record) {
		this.broker.send(record);
		awaitConsumed(SagaFixtures.eventId(record));
	}

	protected void awaitConsumed(String eventId) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> count("SELECT count(*) AS n FROM inbox WHERE event_id = :id", eventId) == 1);
	}

	protected void awaitStatus(String token, UUID orderId, String status) {
		await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(statusOf(token, orderId)));
	}

	/**
	 * How many events of a type the order has in the outbox: what order-service decided
	 * to publish, whether or not the relay has sent it yet.
	 */
	protected long outboxEvents(UUID orderId, String type) {
		return this.database.sql("SELECT count(*) AS n FROM outbox WHERE aggregateid = :id AND type = :type")
			.bind("id", orderId.toString())
			.bind("type", type)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

	protected long count(String sql, Object parameter) {
		return this.database.sql(sql).bind("id", parameter).map((row) -> row.get("n", Long.class)).one().block();
	}

}
