package dev.orderflow.platform.messaging;

import java.time.Duration;

import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * PostgreSQL {@code LISTEN} on a dedicated connection, as a never-ending stream of the
 * channel's {@code NOTIFY} payloads. NOTIFY is delivered at commit, so a listener hears
 * only of committed changes, on every replica. The connection is opened again after a
 * database restart; notifications sent while it was gone are lost, so listeners also
 * poll.
 */
public final class DatabaseNotifications {

	private static final Logger log = LoggerFactory.getLogger(DatabaseNotifications.class);

	private DatabaseNotifications() {
	}

	/**
	 * Listens on a channel until the subscription is cancelled.
	 * @param connections where to open the listening connection
	 * @param channel the channel name (an SQL identifier)
	 * @return the payloads ({@code ""} when none was given); nothing at all if the
	 * database is not PostgreSQL
	 */
	public static Flux<String> listen(ConnectionFactory connections, String channel) {
		return Flux
			.usingWhen(Mono.from(connections.create()), (connection) -> listen(connection, channel),
					(connection) -> Mono.from(connection.close()))
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(10)));
	}

	private static Flux<String> listen(Connection connection, String channel) {
		Connection target = connection;
		while (!(target instanceof PostgresqlConnection) && target instanceof Wrapped<?> wrapped) {
			target = (Connection) wrapped.unwrap();
		}
		if (!(target instanceof PostgresqlConnection postgres)) {
			log.info("Not a PostgreSQL connection; nobody hears of {}, listeners only poll", channel);
			return Flux.never();
		}
		return postgres.createStatement("LISTEN " + channel)
			.execute()
			.flatMap((result) -> result.getRowsUpdated())
			.thenMany(postgres.getNotifications())
			.map(DatabaseNotifications::payload);
	}

	private static String payload(Notification notification) {
		return (notification.getParameter() != null) ? notification.getParameter() : "";
	}

}
