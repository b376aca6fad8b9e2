package dev.orderflow.user.account;

import reactor.core.publisher.Mono;

/**
 * Where accounts announce registrations and changes, inside the same transaction as the
 * change (implemented by the transactional outbox).
 */
interface AccountEvents {

	Mono<Void> registered(User user);

	Mono<Void> updated(User user);

}
