package dev.orderflow.order.ordering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import dev.orderflow.platform.background.BackgroundLoop;

/**
 * How far behind the saga is, read every {@code orderflow.saga.backlog-check-interval}:
 * the age of the oldest PENDING order (one index lookup: the deadline index holds PENDING
 * orders only) and when order-service last applied an answer of user-service (one inbox
 * index lookup). Placing sheds load on it: while the oldest order is older than
 * {@code orderflow.saga.shed-after} (a sixth of the deadline by default) although answers
 * have kept arriving for that long, the saga is slower than the orders coming in, and a
 * new order is refused at once (503, {@code Retry-After}) rather than accepted to wait
 * for a decision that its deadline may overtake.
 * <p>
 * When no answer has arrived for {@code shed-after}, nobody is answering: user-service or
 * the broker is down. Refusing orders would turn an outage that the outbox and the topics
 * absorb into one the customers see, so orders are accepted; they are decided once the
 * part is back, or the deadline (held while the broker is away) rejects them. When
 * answers resume, the backlog the outage left is worked off before shedding may start
 * again ({@code shed-after} later): a catch-up is not an overload. Every replica reads
 * the same tables, so they agree to within a check.
 */
@Component
class SagaBacklog extends BackgroundLoop {

	private final DatabaseClient db;

	private final CreditAnswers answers;

	private final SagaSettings settings;

	private final Clock clock;

	private volatile Duration oldestPending = Duration.ZERO;

	/** Since when answers have kept arriving; null while nobody answers. */
	private volatile Instant answeringSince;

	SagaBacklog(DatabaseClient db, CreditAnswers answers, SagaSettings settings, Clock clock) {
		super("saga backlog check", settings.backlogCheckInterval());
		this.db = db;
		this.answers = answers;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Whether new orders should wait: the oldest undecided one is older than allowed,
	 * although the participants have been answering for as long.
	 */
	boolean isBehind() {
		Duration shedAfter = this.settings.shedAfter();
		Instant answering = this.answeringSince;
		return this.settings.shedLoad() && this.oldestPending.compareTo(shedAfter) > 0 && answering != null
				&& since(answering).compareTo(shedAfter) >= 0;
	}

	Duration oldestPending() {
		return this.oldestPending;
	}

	@Override
	protected Mono<?> round() {
		Mono<Optional<Instant>> lastAnswer = this.answers.lastApplied()
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
		return this.db.sql("SELECT min(deadline_at) AS deadline FROM orders WHERE status = 'PENDING'")
			.map((row) -> Optional.ofNullable(row.get("deadline", OffsetDateTime.class)))
			.one()
			.zipWith(lastAnswer)
			.doOnNext((found) -> {
				this.oldestPending = found.getT1().map(this::ageOfOrderDue).orElse(Duration.ZERO);
				boolean answered = found.getT2()
					.filter((last) -> since(last).compareTo(this.settings.shedAfter()) <= 0)
					.isPresent();
				if (!answered) {
					this.answeringSince = null;
				}
				else if (this.answeringSince == null) {
					this.answeringSince = this.clock.instant();
				}
			});
	}

	/** How long ago the order with this deadline was placed (never negative). */
	private Duration ageOfOrderDue(OffsetDateTime deadline) {
		return since(deadline.toInstant().minus(this.settings.deadline()));
	}

	private Duration since(Instant instant) {
		Duration age = Duration.between(instant, this.clock.instant());
		return age.isNegative() ? Duration.ZERO : age;
	}

}
