package dev.orderflow.notification.model;

/**
 * A sum of money as events carry it; notifications only show it.
 *
 * @param amount a decimal string, e.g. {@code 19.99}
 * @param currency ISO 4217, e.g. {@code EUR}
 */
public record Amount(String amount, String currency) {

	@Override
	public String toString() {
		return this.amount + " " + this.currency;
	}

}
