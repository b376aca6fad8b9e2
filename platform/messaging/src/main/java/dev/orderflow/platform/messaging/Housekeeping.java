package dev.orderflow.platform.messaging;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

import dev.orderflow.platform.background.BackgroundLoop;

/**
 * Purges sent outbox rows and processed event ids past their retention, so both tables
 * stay small. Deleting is idempotent, so every replica may do it.
 */
public class Housekeeping extends BackgroundLoop {

	private final DatabaseClient db;

	private final MessagingProperties.Retention retention;

	public Housekeeping(DatabaseClient db, MessagingProperties.Retention retention) {
		super("outbox and inbox housekeeping", retention.purgeInterval());
		this.db = db;
		this.retention = retention;
	}

	/**
	 * Deletes what is past retention now.
	 * @return rows deleted from both tables
	 */
	public Mono<Long> purge() {
		return delete("DELETE FROM outbox WHERE sent_at < now() - make_interval(secs => :seconds)",
				this.retention.sentOutbox())
			.zipWith(delete("DELETE FROM inbox WHERE processed_at < now() - make_interval(secs => :seconds)",
					this.retention.processedEvents()), Long::sum);
	}

	private Mono<Long> delete(String sql, Duration age) {
		return this.db.sql(sql).bind("seconds", (double) age.toSeconds()).fetch().rowsUpdated();
	}

	@Override
	protected Mono<Long> round() {
		return purge();
	}

}
