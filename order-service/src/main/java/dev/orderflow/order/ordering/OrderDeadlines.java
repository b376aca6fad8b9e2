package dev.orderflow.order.ordering;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.orderflow.platform.background.BackgroundLoop;

/**
 * The saga's deadline: every check interval, PENDING orders past their deadline are
 * rejected with TIMEOUT (invariant I1 while user-service is down). Every replica runs it;
 * each order is claimed with a row lock that the others skip, so replicas share the work
 * and no order is rejected twice.
 * <p>
 * The deadline measures user-service's silence, not our own outage: while this service's
 * events wait in the outbox for longer than {@code hold-deadlines-after} (Kafka is down
 * or unreachable), no order could have been answered, so nothing is rejected and every
 * PENDING order keeps a whole deadline ahead of it. Once the events flow again, each
 * order has that deadline to be decided in.
 */
@Component
class OrderDeadlines extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(OrderDeadlines.class);

	private final OrderManagement management;

	private final Orders orders;

	private final OrderEvents events;

	private final SagaSettings settings;

	private final Clock clock;

	private volatile boolean holding;

	OrderDeadlines(OrderManagement management, Orders orders, OrderEvents events, SagaSettings settings, Clock clock) {
		super("saga deadline check", settings.deadlineCheckInterval());
		this.management = management;
		this.orders = orders;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Rejects overdue orders now, one transaction per order, at most a batch.
	 * @return how many orders this call rejected
	 */
	public Mono<Long> rejectOverdue() {
		return this.management.timeOutNextOverdue()
			.expand((rejected) -> this.management.timeOutNextOverdue())
			.take(this.settings.deadlineBatchSize())
			.count();
	}

	@Override
	protected Mono<Long> round() {
		Instant now = this.clock.instant();
		return this.events.oldestUnpublished()
			.filter((oldest) -> oldest.plus(this.settings.holdDeadlinesAfter()).isBefore(now))
			.flatMap((oldest) -> hold(oldest, now))
			.switchIfEmpty(Mono.defer(this::resume));
	}

	private Mono<Long> hold(Instant oldest, Instant now) {
		return this.orders.holdDeadlines(now.plus(this.settings.deadline())).then(Mono.fromCallable(() -> {
			if (!this.holding) {
				this.holding = true;
				log.warn("Holding saga deadlines: our events have not reached Kafka since {}", oldest);
			}
			return 0L;
		}));
	}

	private Mono<Long> resume() {
		if (this.holding) {
			this.holding = false;
			log.info("Saga deadlines run again: our events reach Kafka");
		}
		return rejectOverdue().doOnNext((rejected) -> {
			if (rejected > 0) {
				log.info("Rejected {} order(s) past the saga deadline", rejected);
			}
		});
	}

}
