package dev.orderflow.order.ordering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import dev.orderflow.platform.background.BackgroundLoop;

/**
 * How far behind the saga is: the age of the oldest PENDING order, read every
 * {@code orderflow.saga.backlog-check-interval} (one index lookup: the deadline index
 * holds PENDING orders only). Placing sheds load on it: past
 * {@code orderflow.saga.shed-after} (a sixth of the deadline by default), a new order is
 * refused at once (503, {@code Retry-After}) rather than accepted to wait for a decision
 * that its deadline may overtake. Every replica reads the same table, so they agree.
 */
@Component
class SagaBacklog extends BackgroundLoop {

	private final DatabaseClient db;

	private final SagaSettings settings;

	private final Clock clock;

	private volatile Duration oldestPending = Duration.ZERO;

	SagaBacklog(DatabaseClient db, SagaSettings settings, Clock clock) {
		super("saga backlog check", settings.backlogCheckInterval());
		this.db = db;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether new orders should wait: the oldest undecided one is older than allowed. */
	boolean isBehind() {
		return this.settings.shedLoad() && this.oldestPending.compareTo(this.settings.shedAfter()) > 0;
	}

	Duration oldestPending() {
		return this.oldestPending;
	}

	@Override
	protected Mono<?> round() {
		return this.db.sql("SELECT min(deadline_at) AS deadline FROM orders WHERE status = 'PENDING'").map((row) -> {
			OffsetDateTime deadline = row.get("deadline", OffsetDateTime.class);
			return (deadline != null) ? deadline.toInstant() : Instant.MAX;
		})
			.one()
			.doOnNext((deadline) -> this.oldestPending = (deadline == Instant.MAX) ? Duration.ZERO
					: max(Duration.between(deadline.minus(this.settings.deadline()), this.clock.instant())));
	}

	private static Duration max(Duration age) {
		return age.isNegative() ? Duration.ZERO : age;
	}

}
