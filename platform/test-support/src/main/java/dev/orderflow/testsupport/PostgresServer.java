package dev.orderflow.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM that hands out a fresh database per caller, so
 * no test depends on another's data and the server starts only once.
 */
public abstract class PostgresServer {

	private static final AtomicInteger databases = new AtomicInteger();

	private static PostgresServer shared;

	/**
	 * The server of this JVM, started on first use: a container when Docker is available,
	 * embedded PostgreSQL binaries otherwise.
	 * @return the running server
	 */
	public static synchronized PostgresServer shared() {
		if (shared == null) {
			shared = Infrastructure.useContainers() ? new ContainerPostgresServer() : new EmbeddedPostgresServer();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "postgres-stop"));
		}
		return shared;
	}

	/**
	 * Creates an empty database owned by a login of its own.
	 * @param purpose a short word that ends up in the database name, for reading logs
	 * @return the new database
	 */
	public Database createDatabase(String purpose) {
		String name = "%s_%d_%d".formatted(sanitize(purpose), ProcessHandle.current().pid(),
				databases.incrementAndGet());
		String password = name + "_pw";
		try (Connection connection = DriverManager.getConnection(adminJdbcUrl(), adminUsername(), adminPassword());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE ROLE %s LOGIN PASSWORD '%s'".formatted(name, password));
			statement.execute("CREATE DATABASE %s OWNER %s".formatted(name, name));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
		return new Database(host(), port(), name, name, password);
	}

	private static String sanitize(String purpose) {
		String cleaned = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
		return "t_" + (cleaned.length() > 30 ? cleaned.substring(0, 30) : cleaned);
	}

	protected abstract String host();

	protected abstract int port();

	protected abstract String adminUsername();

	protected abstract String adminPassword();

	protected abstract void stop();

	private String adminJdbcUrl() {
		return "jdbc:postgresql://%s:%d/postgres".formatted(host(), port());
	}

}
