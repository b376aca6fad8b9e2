package dev.orderflow.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as the public API shows it (docs/architecture.md): a decimal string with two
 * decimals, never a binary floating-point number, and the currency code.
 *
 * @param amount the amount, for example {@code "19.99"}
 * @param currency the ISO 4217 code, for example {@code "EUR"}
 */
public record MoneyView(String amount, String currency) {

	/**
	 * @param amount an amount with at most two decimals
	 * @param currency its currency code
	 * @return the view, with exactly two decimals
	 */
	public static MoneyView of(BigDecimal amount, String currency) {
		return new MoneyView(amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), currency);
	}

}
