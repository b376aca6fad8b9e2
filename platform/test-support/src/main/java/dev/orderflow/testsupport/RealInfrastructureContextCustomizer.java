package dev.orderflow.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Adds the connection properties of a fresh database and of the shared broker. Equality
 * includes the test class, so Spring's context cache never hands one class's database to
 * another class.
 */
class RealInfrastructureContextCustomizer implements ContextCustomizer {

	private final Class<?> testClass;

	private final boolean postgres;

	private final boolean kafka;

	RealInfrastructureContextCustomizer(Class<?> testClass, boolean postgres, boolean kafka) {
		this.testClass = testClass;
		this.postgres = postgres;
		this.kafka = kafka;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		Map<String, Object> properties = new HashMap<>();
		if (this.postgres) {
			properties
				.putAll(postgresProperties(PostgresServer.shared().createDatabase(this.testClass.getSimpleName())));
		}
		if (this.kafka) {
			properties.put("spring.kafka.bootstrap-servers", KafkaBroker.shared().bootstrapServers());
		}
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("orderflow-test-infrastructure", properties));
	}

	static Map<String, Object> postgresProperties(Database database) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.r2dbc.url", database.r2dbcUrl());
		properties.put("spring.r2dbc.username", database.username());
		properties.put("spring.r2dbc.password", database.password());
		properties.put("spring.flyway.url", database.jdbcUrl());
		properties.put("spring.flyway.user", database.username());
		properties.put("spring.flyway.password", database.password());
		properties.put("spring.datasource.url", database.jdbcUrl());
		properties.put("spring.datasource.username", database.username());
		properties.put("spring.datasource.password", database.password());
		return properties;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RealInfrastructureContextCustomizer that && this.testClass == that.testClass
				&& this.postgres == that.postgres && this.kafka == that.kafka;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.testClass, this.postgres, this.kafka);
	}

}
