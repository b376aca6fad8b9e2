package dev.orderflow.testsupport;

import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL in a Testcontainers container, for machines with a Docker engine. */
class ContainerPostgresServer extends PostgresServer {

	private final PostgreSQLContainer container;

	ContainerPostgresServer() {
		this.container = new PostgreSQLContainer("postgres:17-alpine").withCommand("postgres", "-c",
				"max_connections=300", "-c", "fsync=off");
		this.container.start();
	}

	@Override
	protected String host() {
		return this.container.getHost();
	}

	@Override
	protected int port() {
		return this.container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
	}

	@Override
	protected String adminUsername() {
		return this.container.getUsername();
	}

	@Override
	protected String adminPassword() {
		return this.container.getPassword();
	}

	@Override
	protected void stop() {
		this.container.stop();
	}

}
