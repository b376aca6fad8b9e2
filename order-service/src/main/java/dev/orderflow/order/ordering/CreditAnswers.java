package dev.orderflow.order.ordering;

import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * When user-service last answered: whether the participant that decides credit is talking
 * to us, which load shedding needs to tell an overload from an outage.
 */
interface CreditAnswers {

	/** When the last credit event was applied; empty if none ever was. */
	Mono<Instant> lastApplied();

}
