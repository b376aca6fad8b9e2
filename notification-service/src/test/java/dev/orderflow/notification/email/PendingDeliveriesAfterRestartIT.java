package dev.orderflow.notification.email;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.orderflow.notification.EventFixtures;
import dev.orderflow.notification.NotificationServiceApplication;
import dev.orderflow.notification.SmtpServer;
import dev.orderflow.testsupport.Database;
import dev.orderflow.testsupport.KafkaBroker;
import dev.orderflow.testsupport.PostgresServer;
import dev.orderflow.testsupport.tokens.TestJwks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delivery still PENDING when the service stops is sent by the next start: the queue is
 * the database, not memory.
 */
class PendingDeliveriesAfterRestartIT {

	@Test
	void aDeliveryPendingAtShutdownIsSentAfterTheRestart() throws Exception {
		Database database = PostgresServer.shared().createDatabase("notifications_restart");
		UUID userId = UUID.randomUUID();
		String address = "restart-" + userId + "@example.com";
		try (SmtpServer smtp = SmtpServer.start()) {
			smtp.down();
			try (ConfigurableApplicationContext first = start(database, smtp.port())) {
				send(EventFixtures.userRegistered(userId, address, "Restarted"));
				Awaitility.await()
					.atMost(Duration.ofSeconds(20))
					.until(() -> emailDelivery(first, userId),
							(delivery) -> delivery != null && ((Integer) delivery.get("attempts")) >= 1);
				assertThat(emailDelivery(first, userId)).containsEntry("status", "PENDING");
			}

			smtp.up();
			try (ConfigurableApplicationContext second = start(database, smtp.port())) {
				Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> smtp.receivedBy(address).size() == 1);
				Awaitility.await()
					.atMost(Duration.ofSeconds(5))
					.until(() -> emailDelivery(second, userId).get("status"), "SENT"::equals);
			}
		}
	}

	private static ConfigurableApplicationContext start(Database database, int smtpPort) {
		// command-line arguments: they take precedence over application.yml's defaults
		return new SpringApplicationBuilder(NotificationServiceApplication.class).profiles("test")
			.run("--server.port=0", "--spring.r2dbc.url=" + database.r2dbcUrl(),
					"--spring.r2dbc.username=" + database.username(), "--spring.r2dbc.password=" + database.password(),
					"--spring.flyway.url=" + database.jdbcUrl(), "--spring.flyway.user=" + database.username(),
					"--spring.flyway.password=" + database.password(),
					"--spring.kafka.bootstrap-servers=" + KafkaBroker.shared().bootstrapServers(),
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
					"--orderflow.security.jwk-set-uri=" + TestJwks.uri(),
					// many attempts: the delivery must still be pending at the restart
					"--orderflow.notifications.email.max-attempts=100",
					"--orderflow.notifications.email.initial-backoff=200ms",
					"--orderflow.notifications.email.max-backoff=500ms",
					"--orderflow.notifications.email.poll-interval=200ms",
					"--orderflow.notifications.email.circuit-breaker.open-for=500ms");
	}

	private static Map<String, Object> emailDelivery(ConfigurableApplicationContext context, UUID userId) {
		return context.getBean(DatabaseClient.class)
			.sql("SELECT d.status, d.attempts FROM deliveries d JOIN notifications n ON n.id = d.notification_id"
					+ " WHERE n.user_id = :userId AND d.channel = 'EMAIL'")
			.bind("userId", userId)
			.fetch()
			.one()
			.block();
	}

	private static void send(org.apache.kafka.clients.producer.ProducerRecord<String, String> record) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
						ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
						ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
			producer.send(record).get();
		}
	}

}
