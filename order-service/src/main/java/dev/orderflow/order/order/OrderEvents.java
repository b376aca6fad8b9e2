package dev.orderflow.order.order;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Where orders announce what happened to them, inside the transaction of the change
 * (implemented by the transactional outbox): the state change and its events commit
 * together or not at all.
 */
public interface OrderEvents {

	Mono<Void> append(List<OrderEvent> events);

}
