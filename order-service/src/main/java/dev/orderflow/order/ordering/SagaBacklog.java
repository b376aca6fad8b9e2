package dev.orderflow.order.ordering;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

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
		return this.db.sql("SELECT min(deadline_at) AS deadline FROM orders WHERE status = 'PENDING'")
			.map((row) -> Optional.ofNullable(row.get("deadline", OffsetDateTime.class)))
			.one()
			.doOnNext((deadline) -> this.oldestPending = deadline.map(this::ageOfOrderDue).orElse(Duration.ZERO));
	}

	/** How long ago the order with this deadline was placed (never negative). */
	private Duration ageOfOrderDue(OffsetDateTime deadline) {
		Duration age = Duration.between(deadline.toInstant().minus(this.settings.deadline()), this.clock.instant());
		return age.isNegative() ? Duration.ZERO : age;
	}

}
