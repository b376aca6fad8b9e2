package dev.orderflow.user.credit;

import java.math.BigDecimal;
import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Where the credit line announces what it did, inside the same transaction as the change
 * (implemented by the transactional outbox).
 */
interface CreditEvents {

	Mono<Void> decided(CreditDecision decision);

	Mono<Void> released(UUID orderId, UUID userId, BigDecimal amount);

}
