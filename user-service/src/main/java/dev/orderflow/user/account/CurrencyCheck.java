package dev.orderflow.user.account;

import org.springframework.stereotype.Component;

import dev.orderflow.user.credit.CreditPolicy;

/** Money in a request must be in the one system currency (422 otherwise). */
@Component
class CurrencyCheck {

	private final String currency;

	CurrencyCheck(CreditPolicy policy) {
		this.currency = policy.currency();
	}

	void check(ChangeUserRequest.MoneyInput money) {
		if (money != null && !this.currency.equals(money.currency())) {
			throw new WrongCurrency(money.currency(), this.currency);
		}
	}

}
