package dev.orderflow.platform.transactions;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.ReactiveTransactionManager;

/** {@link WholeTransactions} for a service with a reactive transaction manager. */
// both named: Boot's transaction manager does not say it comes after the connection
// factory
@AutoConfiguration(afterName = { "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
		"org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration" })
@ConditionalOnBean(ReactiveTransactionManager.class)
public class TransactionsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WholeTransactions wholeTransactions(ReactiveTransactionManager transactions) {
		return new WholeTransactions(transactions);
	}

}
