package dev.orderflow.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads order-service's own database (./dev's, on loopback, with the local profile's
 * login) for what the API does not say: when the relay marked each outbox row sent, by
 * PostgreSQL's clock, so that a drain is timed by the rows themselves and not by how
 * often the benchmark looks. Read only.
 */
final class OrderDatabase implements AutoCloseable {

	private final Connection connection;

	OrderDatabase() {
		String url = "jdbc:postgresql://127.0.0.1:" + BenchSettings.property("bench.postgres.port", "5432") + "/orders";
		try {
			this.connection = DriverManager.getConnection(url, "orders", "orders");
			this.connection.setReadOnly(true);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read order-service's database at " + url, ex);
		}
	}

	/** Outbox rows written between {@code from} and {@code to} and not yet published. */
	long unsent(Instant from, Instant to) {
		return query("SELECT count(*) FROM outbox WHERE sent_at IS NULL AND created_at >= ? AND created_at < ?", from,
				to, (rows) -> rows.getLong(1));
	}

	/** Orders placed since {@code since} that are still PENDING. */
	long pendingSince(Instant since) {
		return count("SELECT count(*) FROM orders WHERE status = 'PENDING' AND created_at >= ?", since);
	}

	/**
	 * When the relay marked the first and the last of the rows written between
	 * {@code from} and {@code to} sent, and how many there are.
	 */
	Published published(Instant from, Instant to) {
		return query("SELECT count(*), min(sent_at), max(sent_at) FROM outbox WHERE created_at >= ? AND created_at < ?",
				from, to,
				(rows) -> new Published(rows.getLong(1), instant(rows.getTimestamp(2)), instant(rows.getTimestamp(3))));
	}

	/**
	 * The last decision of an order placed since {@code since}, by order-service's clock.
	 */
	Instant lastDecidedSince(Instant since) {
		return query("SELECT max(updated_at) FROM orders WHERE created_at >= ?", since,
				(rows) -> instant(rows.getTimestamp(1)));
	}

	/**
	 * Outcomes of the orders placed since {@code since}: {@code STATUS(REASON)} -> count.
	 */
	Map<String, Long> outcomesSince(Instant since) {
		String sql = "SELECT status, coalesce(rejection_reason, ''), count(*) FROM orders WHERE created_at >= ?"
				+ " GROUP BY 1, 2";
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setTimestamp(1, Timestamp.from(since));
			Map<String, Long> outcomes = new TreeMap<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					String reason = rows.getString(2);
					outcomes.put(rows.getString(1) + (reason.isEmpty() ? "" : "(" + reason + ")"), rows.getLong(3));
				}
			}
			return outcomes;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Published(long rows, Instant first, Instant last) {

	}

	private long count(String sql, Instant since) {
		return query(sql, since, (rows) -> rows.getLong(1));
	}

	private <T> T query(String sql, Instant since, RowReader<T> reader) {
		return query(sql, since, null, reader);
	}

	private <T> T query(String sql, Instant from, Instant to, RowReader<T> reader) {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setTimestamp(1, Timestamp.from(from));
			if (to != null) {
				statement.setTimestamp(2, Timestamp.from(to));
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return reader.read(rows);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private interface RowReader<T> {

		T read(ResultSet rows) throws SQLException;

	}

}
