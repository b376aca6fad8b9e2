package dev.orderflow.platform.messaging;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;

/**
 * Migrates the platform's own tables (outbox, inbox) with a history table of their own,
 * so they version independently of the service's schema. Uses the service's Flyway
 * connection ({@code spring.flyway.url/user/password}).
 */
public class MessagingSchema implements InitializingBean {

	static final String HISTORY_TABLE = "flyway_messaging_history";

	private final Environment environment;

	public MessagingSchema(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		Flyway.configure()
			.dataSource(this.environment.getRequiredProperty("spring.flyway.url"),
					this.environment.getProperty("spring.flyway.user"),
					this.environment.getProperty("spring.flyway.password"))
			.locations("classpath:db/messaging")
			.table(HISTORY_TABLE)
			// The service's own Flyway may have run first: an existing schema is not an
			// error.
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}

}
