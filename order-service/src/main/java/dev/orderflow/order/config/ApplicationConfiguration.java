package dev.orderflow.order.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.orderflow.order.money.SystemCurrency;

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

}
