package dev.orderflow.user.credit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The credit policy, from {@code identity.credit.*}. */
@Configuration(proxyBeanMethods = false)
class CreditConfiguration {

	@Bean
	CreditPolicy creditPolicy(CreditProperties credit) {
		return new CreditPolicy(credit.currency(), credit.defaultLimit());
	}

}
