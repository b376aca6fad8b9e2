package dev.orderflow.order.ordering;

import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.orderflow.platform.messaging.inbox.IdempotentConsumer;

/**
 * {@link CreditAnswers} read from the platform inbox, where the credit listener records
 * them.
 */
@Component
class CreditAnswersInbox implements CreditAnswers {

	private final IdempotentConsumer inbox;

	CreditAnswersInbox(IdempotentConsumer inbox) {
		this.inbox = inbox;
	}

	@Override
	public Mono<Instant> lastApplied() {
		return this.inbox.lastApplied(CreditEventsListener.CONSUMER);
	}

}
