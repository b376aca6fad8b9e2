package dev.orderflow.order.ordering;

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
 */
@Component
class OrderDeadlines extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(OrderDeadlines.class);

	private final OrderManagement orders;

	private final SagaSettings settings;

	OrderDeadlines(OrderManagement orders, SagaSettings settings) {
		super("saga deadline check", settings.deadlineCheckInterval());
		this.orders = orders;
		this.settings = settings;
	}

	/**
	 * Rejects overdue orders now, one transaction per order, at most a batch.
	 * @return how many orders this call rejected
	 */
	public Mono<Long> rejectOverdue() {
		return this.orders.timeOutNextOverdue()
			.expand((rejected) -> this.orders.timeOutNextOverdue())
			.take(this.settings.deadlineBatchSize())
			.count();
	}

	@Override
	protected Mono<Long> round() {
		return rejectOverdue().doOnNext((rejected) -> {
			if (rejected > 0) {
				log.info("Rejected {} order(s) past the saga deadline", rejected);
			}
		});
	}

}
