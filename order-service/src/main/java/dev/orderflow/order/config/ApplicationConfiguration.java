package dev.orderflow.order.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.orderflow.order.money.SystemCurrency;
import dev.orderflow.order.order.SagaSettings;

@Configuration(proxyBeanMethods = false)
class ApplicationConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	SystemCurrency systemCurrency(OrderServiceProperties properties) {
		return new SystemCurrency(properties.currency());
	}

	@Bean
	SagaSettings sagaSettings(OrderServiceProperties properties) {
		OrderServiceProperties.Saga saga = properties.saga();
		return new SagaSettings(saga.deadline(), saga.deadlineCheckInterval(), saga.deadlineBatchSize());
	}

}
