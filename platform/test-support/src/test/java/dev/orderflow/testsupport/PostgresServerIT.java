package dev.orderflow.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresServerIT {

	@Test
	void handsOutDatabasesThatDoNotSeeEachOthersTables() throws SQLException {
		Database first = PostgresServer.shared().createDatabase("first");
		Database second = PostgresServer.shared().createDatabase("second");

		assertThat(first.name()).isNotEqualTo(second.name());
		try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE marker (id int)");
		}
		try (Connection connection = connect(second);
				Statement statement = connection.createStatement();
				ResultSet tables = statement
					.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'marker'")) {
			tables.next();
			assertThat(tables.getInt(1)).isZero();
		}
	}

	@Test
	void runsARealPostgresqlServer() throws SQLException {
		Database database = PostgresServer.shared().createDatabase("version");
		try (Connection connection = connect(database);
				Statement statement = connection.createStatement();
				ResultSet version = statement.executeQuery("SHOW server_version_num")) {
			version.next();
			assertThat(Integer.parseInt(version.getString(1))).isGreaterThanOrEqualTo(160000);
		}
	}

	private static Connection connect(Database database) throws SQLException {
		return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
	}

}
