package dev.orderflow.order.order;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The saga's deadline: every check interval, PENDING orders past their deadline are
 * rejected with TIMEOUT (invariant I1 while user-service is down). Every replica runs it;
 * each order is claimed with a row lock that the others skip, so replicas share the work
 * and no order is rejected twice.
 */
@Component
public class OrderDeadlines implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OrderDeadlines.class);

	private final OrderManagement orders;

	private final SagaSettings settings;

	private volatile Disposable running;

	OrderDeadlines(OrderManagement orders, SagaSettings settings) {
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
	public void start() {
		this.running = Flux.interval(this.settings.deadlineCheckInterval())
			.onBackpressureDrop()
			.concatMap((tick) -> rejectOverdue().onErrorResume((ex) -> {
				log.warn("Rejecting overdue orders failed, trying again in {}: {}",
						this.settings.deadlineCheckInterval(), ex.toString());
				return Mono.just(0L);
			}), 1)
			.filter((rejected) -> rejected > 0)
			.subscribe((rejected) -> log.info("Rejected {} order(s) past the saga deadline", rejected));
	}

	@Override
	public void stop() {
		Disposable current = this.running;
		if (current != null) {
			current.dispose();
		}
		this.running = null;
	}

	@Override
	public boolean isRunning() {
		Disposable current = this.running;
		return current != null && !current.isDisposed();
	}

}
