package dev.orderflow.user.account.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as DESIGN.md shows it: a decimal string and a currency. */
record MoneyView(String amount, String currency) {

	static MoneyView of(BigDecimal amount, String currency) {
		return new MoneyView(amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), currency);
	}

}
