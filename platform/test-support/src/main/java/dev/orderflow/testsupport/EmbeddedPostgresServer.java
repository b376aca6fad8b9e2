package dev.orderflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real PostgreSQL binaries from Maven Central, run as a child process (works as root).
 */
class EmbeddedPostgresServer extends PostgresServer {

	private final EmbeddedPostgres postgres;

	EmbeddedPostgresServer() {
		try {
			this.postgres = EmbeddedPostgres.builder()
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", "off")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
		}
	}

	@Override
	protected String host() {
		return "127.0.0.1";
	}

	@Override
	protected int port() {
		return this.postgres.getPort();
	}

	@Override
	protected String adminUsername() {
		return "postgres";
	}

	@Override
	protected String adminPassword() {
		return "postgres";
	}

	@Override
	protected void stop() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			// The JVM is going away; the process dies with it.
		}
	}

}
