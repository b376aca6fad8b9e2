package dev.orderflow.user.credit;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What became of an order's request for credit.
 *
 * @param orderId the order
 * @param userId the user asked to pay
 * @param amount the order total
 * @param rejection why nothing was reserved; {@code null} when reserved
 */
record CreditDecision(UUID orderId, UUID userId, BigDecimal amount, RejectionReason rejection) {

	public boolean reserved() {
		return this.rejection == null;
	}

	/** Why credit was not reserved; the saga's reasons of docs/architecture.md. */
	public enum RejectionReason {

		INSUFFICIENT_CREDIT, USER_NOT_FOUND, USER_SUSPENDED

	}

}
