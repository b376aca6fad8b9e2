package dev.orderflow.testsupport;

/**
 * A fresh, empty PostgreSQL database and the login that owns it.
 *
 * @param host the server host
 * @param port the server port
 * @param name the database name
 * @param username the owner's login
 * @param password the owner's password
 */
public record Database(String host, int port, String name, String username, String password) {

	public String jdbcUrl() {
		return "jdbc:postgresql://%s:%d/%s".formatted(this.host, this.port, this.name);
	}

	public String r2dbcUrl() {
		return "r2dbc:postgresql://%s:%d/%s".formatted(this.host, this.port, this.name);
	}

}
