package dev.orderflow.user.credit;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.orderflow.platform.messaging.outbox.Outbox;
import dev.orderflow.platform.messaging.outbox.OutboxEvent;

/**
 * Credit events through the transactional outbox, keyed by order id like the order's own
 * events.
 */
@Component
class CreditEventsOutbox implements CreditEvents {

	private final Outbox outbox;

	private final String currency;

	private final Clock clock;

	CreditEventsOutbox(Outbox outbox, CreditPolicy policy, Clock clock) {
		this.outbox = outbox;
		this.currency = policy.currency();
		this.clock = clock;
	}

	@Override
	public Mono<Void> decided(CreditDecision decision) {
		SagaEvents.Money amount = money(decision.amount());
		if (decision.reserved()) {
			return append(decision.orderId(), "CreditReserved",
					new SagaEvents.CreditReserved(decision.orderId(), decision.userId(), amount, this.clock.instant()));
		}
		return append(decision.orderId(), "CreditRejected", new SagaEvents.CreditRejected(decision.orderId(),
				decision.userId(), amount, decision.rejection().name(), this.clock.instant()));
	}

	@Override
	public Mono<Void> released(UUID orderId, UUID userId, BigDecimal amount) {
		return append(orderId, "CreditReleased",
				new SagaEvents.CreditReleased(orderId, userId, money(amount), this.clock.instant()));
	}

	private Mono<Void> append(UUID orderId, String type, Object payload) {
		return this.outbox.append(OutboxEvent.of(SagaEvents.CREDIT, "Order", orderId, type, payload));
	}

	private SagaEvents.Money money(BigDecimal amount) {
		return new SagaEvents.Money(amount.setScale(2).toPlainString(), this.currency);
	}

}
