package dev.orderflow.user.account;

import java.util.List;
import java.util.UUID;

import dev.orderflow.platform.web.MoneyView;

record UserView(UUID id, String email, String name, List<String> roles, String status, CreditView credit) {

	record CreditView(MoneyView limit, MoneyView reserved, MoneyView available) {

	}

	static UserView of(Account account) {
		var user = account.user();
		var credit = account.credit();
		return new UserView(user.id(), user.email(), user.name(),
				user.roles().stream().map(Role::name).sorted().toList(), user.status().name(),
				new CreditView(MoneyView.of(credit.limit(), credit.currency()),
						MoneyView.of(credit.reserved(), credit.currency()),
						MoneyView.of(credit.available(), credit.currency())));
	}

}
