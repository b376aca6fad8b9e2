package dev.orderflow.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The email backlog: {@code bench.emails} emails that notification-service already sent
 * (a saga run leaves thousands) are made due again at once, in its own database (./dev's,
 * on loopback, with the local profile's login), and the dispatcher sends them all:
 * emails/s from the reset until none is PENDING. It measures the dispatcher and the SMTP
 * path alone (what a burst of notifications costs once it is in the table);
 * {@code ./dev bench} prints the CPU of notification-service and of the mail sink over
 * the run. A first round of {@code bench.warmup.emails} warms the JIT up, unmeasured.
 */
public class EmailDrainSimulation extends Simulation {

	private static final int EMAILS = Integer.parseInt(BenchSettings.property("bench.emails", "6000"));

	private static final int WARM_UP = Integer.parseInt(BenchSettings.property("bench.warmup.emails", "3000"));

	private static final String URL = "jdbc:postgresql://127.0.0.1:"
			+ BenchSettings.property("bench.postgres.port", "5432") + "/notifications";

	private volatile long made;

	private volatile long from;

	{
		ScenarioBuilder drain = scenario("wait until every email is sent")
			.exec(asLongAs((session) -> pending() > 0).on(pause(Duration.ofMillis(200))));
		setUp(drain.injectOpen(atOnceUsers(1)));
	}

	@Override
	public void before() {
		System.out.printf("warming up with %d emails%n", WARM_UP);
		dueAgain(WARM_UP);
		while (pending() > 0) {
			SagaOutcome.sleep(Duration.ofMillis(200));
		}
		this.from = System.nanoTime();
		this.made = dueAgain(EMAILS);
		System.out.printf("%d sent emails made due again%n", this.made);
	}

	@Override
	public void after() {
		double seconds = (System.nanoTime() - this.from) / 1e9;
		boolean whole = this.made == EMAILS && pending() == 0;
		String line = String.format("email drain: %d emails sent in %.1f s: %.0f emails/s -> %s", this.made, seconds,
				this.made / seconds, whole ? "PASS" : "FAIL (fewer sent emails to resend than bench.emails)");
		System.out.println(line);
		SagaOutcome.write(List.of(line));
	}

	/** Makes that many SENT emails PENDING and due now; returns how many it found. */
	private static long dueAgain(int count) {
		return sql("UPDATE deliveries SET status = 'PENDING', attempts = 0, next_attempt_at = now(), sent_at = NULL"
				+ " WHERE channel = 'EMAIL' AND notification_id IN (SELECT notification_id FROM deliveries"
				+ " WHERE channel = 'EMAIL' AND status = 'SENT' ORDER BY random() LIMIT " + count + ")");
	}

	private static long pending() {
		return sql("SELECT count(*) FROM deliveries WHERE channel = 'EMAIL' AND status = 'PENDING'");
	}

	private static long sql(String sql) {
		try (Connection connection = DriverManager.getConnection(URL, "notifications", "notifications");
				Statement statement = connection.createStatement()) {
			if (statement.execute(sql)) {
				try (ResultSet rows = statement.getResultSet()) {
					rows.next();
					return rows.getLong(1);
				}
			}
			return statement.getUpdateCount();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot use notification-service's database at " + URL, ex);
		}
	}

}
