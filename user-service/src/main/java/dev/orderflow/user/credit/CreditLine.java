package dev.orderflow.user.credit;

import java.math.BigDecimal;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import dev.orderflow.platform.transactions.WholeTransactions;

/**
 * The saga participant: reserves an order's total from its owner's credit, or says why
 * not, and gives credit back when an order ends without being paid. Every change and the
 * event announcing it commit together.
 */
@Service
class CreditLine {

	private final CreditReservations reservations;

	private final CreditEvents events;

	private final CreditPolicy policy;

	private final WholeTransactions transactions;

	CreditLine(CreditReservations reservations, CreditEvents events, CreditPolicy policy,
			WholeTransactions transactions) {
		this.reservations = reservations;
		this.events = events;
		this.policy = policy;
		this.transactions = transactions;
	}

	/**
	 * Decides an order's request for credit. A request for an order already decided or
	 * closed decides nothing and announces nothing.
	 * @param orderId the order
	 * @param userId who pays
	 * @param amount the total
	 * @param currency the total's currency
	 * @return the decision, empty when the order was already decided
	 */
	public Mono<CreditDecision> reserve(UUID orderId, UUID userId, BigDecimal amount, String currency) {
		this.policy.requireCurrency(currency);
		return this.reservations.reserve(orderId, userId, amount)
			.flatMap((reserved) -> reserved ? Mono.just(new CreditDecision(orderId, userId, amount, null))
					: rejection(orderId, userId, amount))
			.flatMap((decision) -> this.events.decided(decision).thenReturn(decision))
			.as(this.transactions::whole);
	}

	/**
	 * Releases what the order holds, if anything.
	 * @param orderId the order that ended
	 * @param userId its owner
	 * @param amount its total
	 * @return the amount released, empty when nothing was held
	 */
	public Mono<BigDecimal> release(UUID orderId, UUID userId, BigDecimal amount) {
		return this.reservations.release(orderId, userId, amount)
			.flatMap((released) -> this.events.released(orderId, userId, released).thenReturn(released))
			.as(this.transactions::whole);
	}

	private Mono<CreditDecision> rejection(UUID orderId, UUID userId, BigDecimal amount) {
		return this.reservations.known(orderId)
			.flatMap((known) -> known ? Mono.<CreditDecision>empty() : this.reservations.reasonForNoReservation(userId)
				.map((reason) -> new CreditDecision(orderId, userId, amount, reason)));
	}

}
