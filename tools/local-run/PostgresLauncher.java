import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Embedded PostgreSQL for ./dev: the zonky binaries from Maven Central, a data directory
 * that survives restarts, one database and one login per service (dev-only passwords, the
 * ones of the services' local profile). Runs until it is stopped; stopping it stops
 * PostgreSQL.
 *
 * Usage: java -cp 'lib/postgres/*' PostgresLauncher.java DATA_DIR PORT
 */
public class PostgresLauncher {

	private static final String[] SERVICES = { "users", "orders", "notifications" };

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]).toAbsolutePath();
		int port = Integer.parseInt(args[1]);
		Files.createDirectories(data);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setPort(port)
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("max_connections", "200")
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (Exception ex) {
				ex.printStackTrace();
			}
		}, "postgres-stop"));
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement sql = connection.createStatement()) {
			for (String service : SERVICES) {
				if (!exists(sql, "SELECT 1 FROM pg_roles WHERE rolname = '" + service + "'")) {
					sql.execute("CREATE ROLE " + service + " LOGIN PASSWORD '" + service + "'");
				}
				if (!exists(sql, "SELECT 1 FROM pg_database WHERE datname = '" + service + "'")) {
					sql.execute("CREATE DATABASE " + service + " OWNER " + service);
				}
			}
		}
		System.out.println("PostgreSQL ready on 127.0.0.1:" + port + " (data: " + data + ")");
		Thread.currentThread().join();
	}

	private static boolean exists(Statement sql, String query) throws Exception {
		try (ResultSet rows = sql.executeQuery(query)) {
			return rows.next();
		}
	}

}
