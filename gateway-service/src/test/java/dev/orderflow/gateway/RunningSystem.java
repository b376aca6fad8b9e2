package dev.orderflow.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.orderflow.testsupport.Database;
import dev.orderflow.testsupport.KafkaBroker;
import dev.orderflow.testsupport.PostgresServer;
import dev.orderflow.testsupport.ServiceProcess;

/**
 * Eureka, user-service and notification-service as real processes with real databases and
 * the real Kafka broker, for the gateway under test to route to. Started once per test
 * JVM, stopped by {@link #stop()} or at exit.
 */
final class RunningSystem {

	static final String EUREKA_PASSWORD = "gateway-it-eureka-pw";

	static final String ADMIN_EMAIL = "admin@gateway-it.test";

	static final String ADMIN_PASSWORD = "gateway-it-admin-password";

	final ServiceProcess discovery;

	final ServiceProcess userService;

	final ServiceProcess notificationService;

	private RunningSystem(ServiceProcess discovery, ServiceProcess userService, ServiceProcess notificationService) {
		this.discovery = discovery;
		this.userService = userService;
		this.notificationService = notificationService;
	}

	static RunningSystem start() {
		Database database = PostgresServer.shared().createDatabase("gateway_it");
		ServiceProcess discovery = ServiceProcess.start("discovery-service", ServiceProcess.freePort(),
				Map.of("EUREKA_PASSWORD", EUREKA_PASSWORD),
				List.of("--spring.security.user.name=eureka", "--spring.security.user.password=" + EUREKA_PASSWORD,
						// registrations visible to clients within a second
						"--eureka.server.response-cache-update-interval-ms=1000"));
		String eurekaUrl = eurekaUrl(discovery);
		ServiceProcess userService = ServiceProcess
			.start("user-service", ServiceProcess.freePort(), Map.of("EUREKA_PASSWORD", EUREKA_PASSWORD), List.of(
					"--spring.r2dbc.url=" + database.r2dbcUrl(), "--spring.r2dbc.username=" + database.username(),
					"--spring.r2dbc.password=" + database.password(), "--spring.flyway.url=" + database.jdbcUrl(),
					"--spring.flyway.user=" + database.username(), "--spring.flyway.password=" + database.password(),
					"--eureka.client.service-url.defaultZone=" + eurekaUrl, "--eureka.instance.ip-address=127.0.0.1",
					"--eureka.instance.prefer-ip-address=true", "--eureka.instance.lease-renewal-interval-in-seconds=1",
					"--identity.tokens.generate-key-if-missing=true", "--identity.tokens.issuer=orderflow",
					"--identity.tokens.audience=orderflow-api", "--identity.admin.email=" + ADMIN_EMAIL,
					"--identity.admin.password=" + ADMIN_PASSWORD,
					// user-service takes part in the saga: it needs the real broker too
					"--spring.kafka.bootstrap-servers=" + KafkaBroker.shared().bootstrapServers()));
		ServiceProcess notificationService = startNotificationService(eurekaUrl);
		try {
			discovery.awaitHealthy(Duration.ofSeconds(120));
			userService.awaitHealthy(Duration.ofSeconds(180));
			notificationService.awaitHealthy(Duration.ofSeconds(180));
		}
		catch (RuntimeException ex) {
			notificationService.kill();
			userService.kill();
			discovery.kill();
			throw ex;
		}
		return new RunningSystem(discovery, userService, notificationService);
	}

	/**
	 * Checks tokens against user-service's keys found through Eureka, like in production.
	 * No SMTP server listens on its mail port: emails wait and retry, which does not
	 * concern the gateway.
	 */
	private static ServiceProcess startNotificationService(String eurekaUrl) {
		Database database = PostgresServer.shared().createDatabase("gateway_it_notifications");
		return ServiceProcess.start("notification-service", ServiceProcess.freePort(),
				Map.of("EUREKA_PASSWORD", EUREKA_PASSWORD),
				List.of("--spring.r2dbc.url=" + database.r2dbcUrl(), "--spring.r2dbc.username=" + database.username(),
						"--spring.r2dbc.password=" + database.password(), "--spring.flyway.url=" + database.jdbcUrl(),
						"--spring.flyway.user=" + database.username(),
						"--spring.flyway.password=" + database.password(),
						"--spring.kafka.bootstrap-servers=" + KafkaBroker.shared().bootstrapServers(),
						"--eureka.client.service-url.defaultZone=" + eurekaUrl,
						"--eureka.instance.ip-address=127.0.0.1", "--eureka.instance.prefer-ip-address=true",
						"--eureka.instance.lease-renewal-interval-in-seconds=1",
						"--eureka.client.registry-fetch-interval-seconds=1", "--spring.mail.host=127.0.0.1",
						"--spring.mail.port=" + ServiceProcess.freePort()));
	}

	String eurekaUrl() {
		return eurekaUrl(this.discovery);
	}

	void stop() {
		this.notificationService.kill();
		this.userService.kill();
		this.discovery.kill();
	}

	private static String eurekaUrl(ServiceProcess discovery) {
		return "http://eureka:" + EUREKA_PASSWORD + "@127.0.0.1:" + discovery.port() + "/eureka/";
	}

}
