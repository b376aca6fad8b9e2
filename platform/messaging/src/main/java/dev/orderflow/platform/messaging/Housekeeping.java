package dev.orderflow.platform.messaging;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Purges sent outbox rows and processed event ids past their retention, so both tables
 * stay small. Deleting is idempotent, so every replica may do it.
 */
public class Housekeeping implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

	private final DatabaseClient db;

	private final MessagingProperties.Retention retention;

	private volatile Disposable running;

	public Housekeeping(DatabaseClient db, MessagingProperties.Retention retention) {
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
	public void start() {
		this.running = Flux.interval(this.retention.purgeInterval()).concatMap((tick) -> purge().onErrorResume((ex) -> {
			log.warn("Purging outbox and inbox failed: {}", ex.toString());
			return Mono.just(0L);
		})).subscribe();
	}

	@Override
	public void stop() {
		if (this.running != null) {
			this.running.dispose();
		}
		this.running = null;
	}

	@Override
	public boolean isRunning() {
		return this.running != null && !this.running.isDisposed();
	}

}
