package dev.orderflow.order.order.web;

import dev.orderflow.order.money.Money;

/** Money as DESIGN.md shows it: a decimal string and a currency. */
record MoneyView(String amount, String currency) {

	static MoneyView of(Money money) {
		return new MoneyView(money.amount().toPlainString(), money.currency());
	}

}
