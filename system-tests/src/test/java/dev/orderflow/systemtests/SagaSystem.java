package dev.orderflow.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.orderflow.testsupport.Database;
import dev.orderflow.testsupport.KafkaBroker;
import dev.orderflow.testsupport.PostgresServer;
import dev.orderflow.testsupport.ServiceProcess;

/**
 * user-service and order-service as real processes from their jars, each with its own
 * real database, talking only over the real Kafka broker. No registry: order-service
 * reads the signing keys straight from user-service's JWKS.
 */
final class SagaSystem {

	static final String ADMIN_EMAIL = "admin@saga.test";

	static final String ADMIN_PASSWORD = "saga-admin-password";

	static final Duration SAGA_DEADLINE = Duration.ofSeconds(5);

	private static final Map<String, String> NO_REGISTRY = Map.of("EUREKA_PASSWORD", "unused-no-registry");

	ServiceProcess userService;

	final ServiceProcess orderService;

	private SagaSystem(ServiceProcess userService, ServiceProcess orderService) {
		this.userService = userService;
		this.orderService = orderService;
	}

	static SagaSystem start() {
		String kafka = KafkaBroker.shared().bootstrapServers();
		Database users = PostgresServer.shared().createDatabase("saga_users");
		Database orders = PostgresServer.shared().createDatabase("saga_orders");
		int userPort = ServiceProcess.freePort();
		ServiceProcess userService = ServiceProcess.start("user-service", userPort, NO_REGISTRY,
				concat(database(users), List.of("--spring.kafka.bootstrap-servers=" + kafka,
						"--eureka.client.enabled=false", "--identity.tokens.signing-keys[0].id=saga-key",
						"--identity.tokens.signing-keys[0].private-key-location=file:" + signingKey(),
						"--identity.admin.email=" + ADMIN_EMAIL, "--identity.admin.password=" + ADMIN_PASSWORD,
						"--identity.passwords.bcrypt-strength=4", "--orderflow.messaging.relay.max-backoff=2s")));
		ServiceProcess orderService = ServiceProcess.start("order-service", ServiceProcess.freePort(), NO_REGISTRY,
				concat(database(orders),
						List.of("--spring.kafka.bootstrap-servers=" + kafka, "--eureka.client.enabled=false",
								"--orderflow.security.jwk-set-uri=http://127.0.0.1:" + userPort
										+ "/.well-known/jwks.json",
								"--orderflow.security.jwk-set-load-balanced=false",
								"--orderflow.saga.deadline=" + SAGA_DEADLINE.toSeconds() + "s",
								"--orderflow.messaging.relay.max-backoff=2s")));
		try {
			userService.awaitHealthy(Duration.ofSeconds(180));
			orderService.awaitHealthy(Duration.ofSeconds(180));
		}
		catch (RuntimeException ex) {
			userService.kill();
			orderService.kill();
			throw ex;
		}
		return new SagaSystem(userService, orderService);
	}

	void killUserService() {
		this.userService.kill();
	}

	void startUserServiceAgain() {
		this.userService = this.userService.restart().awaitHealthy(Duration.ofSeconds(180));
	}

	void stop() {
		this.orderService.kill();
		this.userService.kill();
	}

	/**
	 * A signing key in a file, as a deployment mounts it: a restarted user-service keeps
	 * signing with it and tokens issued before the restart stay valid.
	 */
	private static String signingKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			String pem = "-----BEGIN PRIVATE KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
					+ "\n-----END PRIVATE KEY-----\n";
			Path file = Files.createTempFile("saga-signing-key", ".pem");
			file.toFile().deleteOnExit();
			Files.writeString(file, pem, StandardCharsets.US_ASCII);
			return file.toAbsolutePath().toString();
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> database(Database database) {
		return List.of("--spring.r2dbc.url=" + database.r2dbcUrl(), "--spring.r2dbc.username=" + database.username(),
				"--spring.r2dbc.password=" + database.password(), "--spring.flyway.url=" + database.jdbcUrl(),
				"--spring.flyway.user=" + database.username(), "--spring.flyway.password=" + database.password());
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

}
