package dev.orderflow.user.credit;

import java.math.BigDecimal;

/**
 * The system currency and the limit a new account starts with.
 *
 * @param currency the one currency of the system (ISO 4217)
 * @param defaultLimit the limit of a newly registered user
 */
public record CreditPolicy(String currency, BigDecimal defaultLimit) {

	/**
	 * Refuses money in another currency: the saga's amounts must be comparable with
	 * limits.
	 * @param other the currency of an amount
	 */
	public void requireCurrency(String other) {
		if (!this.currency.equals(other)) {
			throw new IllegalArgumentException("Amount in " + other + ", the system currency is " + this.currency);
		}
	}

	public CreditAccount openFor(java.util.UUID userId) {
		return CreditAccount.open(userId, this.defaultLimit.setScale(2), this.currency);
	}

}
