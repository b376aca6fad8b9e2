package dev.orderflow.order.ordering;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

import dev.orderflow.order.model.OrderEvent;

/**
 * Where orders announce what happened to them, inside the transaction of the change
 * (implemented by the transactional outbox): the state change and its events commit
 * together or not at all.
 */
interface OrderEvents {

	Mono<Void> append(List<OrderEvent> events);

	/**
	 * @return when the oldest event that has not reached the broker yet was raised, or
	 * empty when all of them have
	 */
	Mono<Instant> oldestUnpublished();

}
