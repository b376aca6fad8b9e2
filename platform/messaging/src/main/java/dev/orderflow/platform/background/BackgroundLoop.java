package dev.orderflow.platform.background;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.SmartLifecycle;

/**
 * A round of work that the application repeats in the background for as long as it runs:
 * at start, on every tick of its interval and whenever {@link #wakeUps()} signals, one
 * round at a time. Signals that arrive during a round collapse into one more round after
 * it, so a burst of wake-ups never queues up work. A failed round is logged and the loop
 * goes on with the next tick: a database or broker that is away stops the work, not the
 * loop. The outbox relay, the housekeeping, the email dispatcher and the saga's deadline
 * job are such loops.
 *
 * <p>
 * The loop starts after the web server and the Kafka listeners and stops before them, so
 * it never works on a half-started or half-stopped application.
 */
public abstract class BackgroundLoop implements SmartLifecycle {

	private final Logger log = LoggerFactory.getLogger(getClass());

	private final String name;

	private final Duration interval;

	private volatile Disposable running;

	/**
	 * @param name what the loop does, for its log lines ("outbox relay")
	 * @param interval the longest time between two rounds
	 */
	protected BackgroundLoop(String name, Duration interval) {
		this.name = name;
		this.interval = interval;
	}

	/**
	 * One round of work, run at start, at every tick and after every wake-up.
	 * @return the round, completing when its work is done; its value is ignored
	 */
	protected abstract Mono<?> round();

	/**
	 * What wakes the loop before its next tick (a database notification, a new row);
	 * nothing by default.
	 * @return the wake-up signals
	 */
	protected Flux<?> wakeUps() {
		return Flux.empty();
	}

	@Override
	public void start() {
		this.running = Flux.merge(wakeUps(), Flux.interval(Duration.ZERO, this.interval))
			.onBackpressureLatest()
			.concatMap((signal) -> Mono.defer(this::round).onErrorResume((ex) -> {
				this.log.warn("{} round failed, next one within {}: {}", this.name, this.interval, ex.toString());
				return Mono.empty();
			}), 1)
			// subscribing may block (LISTEN opens a connection): never on the caller's
			// thread
			.subscribeOn(Schedulers.boundedElastic())
			.subscribe();
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

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 100;
	}

}
