package dev.orderflow.user.credit;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A user's credit line. Reserved credit backs approved orders; it never exceeds the limit
 * (invariant I2, also a database constraint).
 *
 * @param userId the owner
 * @param limit the most that may be reserved at once
 * @param reserved what approved orders hold now
 * @param currency the system currency (ISO 4217)
 */
public record CreditAccount(UUID userId, BigDecimal limit, BigDecimal reserved, String currency) {

	public static CreditAccount open(UUID userId, BigDecimal limit, String currency) {
		return new CreditAccount(userId, limit, BigDecimal.ZERO.setScale(2), currency);
	}

	public BigDecimal available() {
		return this.limit.subtract(this.reserved);
	}

}
