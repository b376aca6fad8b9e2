package dev.orderflow.user.credit;

import java.math.BigDecimal;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Reserving and releasing credit, each one atomic SQL statement: the check that the limit
 * holds and the change happen together under the row lock, never read-check-write.
 */
@Repository
class CreditReservations {

	private final DatabaseClient db;

	CreditReservations(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Reserves the amount for the order if the user exists, is active, has that much
	 * credit available, and the order has no reservation (or closed one) yet.
	 * @param orderId the order
	 * @param userId the user
	 * @param amount the order total
	 * @return whether it was reserved
	 */
	public Mono<Boolean> reserve(UUID orderId, UUID userId, BigDecimal amount) {
		return this.db.sql("""
				WITH reserved AS (
					UPDATE credit_accounts c SET reserved = c.reserved + :amount, updated_at = now()
					FROM users u
					WHERE c.user_id = :userId AND u.id = c.user_id AND u.status = 'ACTIVE'
						AND c.reserved + :amount <= c.credit_limit
						AND NOT EXISTS (SELECT 1 FROM credit_reservations r WHERE r.order_id = :orderId)
					RETURNING c.user_id
				)
				INSERT INTO credit_reservations (order_id, user_id, amount, status, reserved_at)
				SELECT :orderId, user_id, :amount, 'RESERVED', now() FROM reserved
				RETURNING order_id
				""")
			.bind("orderId", orderId)
			.bind("userId", userId)
			.bind("amount", amount)
			.map((row) -> true)
			.one()
			.defaultIfEmpty(false);
	}

	/**
	 * Gives back what the order holds. An order without a reservation gets a closed one,
	 * so a late request for it reserves nothing.
	 * @param orderId the order
	 * @param userId its owner, for the closed record
	 * @param amount the order total, for the closed record
	 * @return the amount released, empty when nothing was held
	 */
	public Mono<BigDecimal> release(UUID orderId, UUID userId, BigDecimal amount) {
		return this.db.sql("""
				WITH released AS (
					UPDATE credit_reservations SET status = 'RELEASED', released_at = now()
					WHERE order_id = :orderId AND status = 'RESERVED'
					RETURNING user_id, amount
				)
				UPDATE credit_accounts c SET reserved = c.reserved - r.amount, updated_at = now()
				FROM released r WHERE c.user_id = r.user_id
				RETURNING r.amount AS amount
				""")
			.bind("orderId", orderId)
			.map((row) -> row.get("amount", BigDecimal.class))
			.one()
			.switchIfEmpty(close(orderId, userId, amount).then(Mono.empty()));
	}

	/** Why the last reservation attempt found nothing to reserve. */
	public Mono<CreditDecision.RejectionReason> reasonForNoReservation(UUID userId) {
		return this.db.sql("SELECT status FROM users WHERE id = :userId")
			.bind("userId", userId)
			.map((row) -> row.get("status", String.class))
			.one()
			.map((status) -> "ACTIVE".equals(status) ? CreditDecision.RejectionReason.INSUFFICIENT_CREDIT
					: CreditDecision.RejectionReason.USER_SUSPENDED)
			.defaultIfEmpty(CreditDecision.RejectionReason.USER_NOT_FOUND);
	}

	public Mono<Boolean> known(UUID orderId) {
		return this.db.sql("SELECT 1 FROM credit_reservations WHERE order_id = :orderId")
			.bind("orderId", orderId)
			.map((row) -> true)
			.one()
			.defaultIfEmpty(false);
	}

	private Mono<Void> close(UUID orderId, UUID userId, BigDecimal amount) {
		return this.db
			.sql("INSERT INTO credit_reservations (order_id, user_id, amount, status, released_at)"
					+ " VALUES (:orderId, :userId, :amount, 'RELEASED', now()) ON CONFLICT (order_id) DO NOTHING")
			.bind("orderId", orderId)
			.bind("userId", userId)
			.bind("amount", amount)
			.then();
	}

}
