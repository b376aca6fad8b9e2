package dev.orderflow.order.money;

import java.util.Currency;

/**
 * The one currency of the system (docs/architecture.md): every price and order is in it.
 *
 * @param code the ISO 4217 code
 */
public record SystemCurrency(String code) {

	public SystemCurrency {
		// fails at start-up for a code that is not ISO 4217
		code = Currency.getInstance(code).getCurrencyCode();
	}

	/**
	 * Refuses money in any other currency.
	 * @param money what a client sent
	 * @return the same money
	 * @throws WrongCurrency if it is in another currency
	 */
	public Money check(Money money) {
		if (!this.code.equals(money.currency())) {
			throw new WrongCurrency(money.currency(), this.code);
		}
		return money;
	}

}
