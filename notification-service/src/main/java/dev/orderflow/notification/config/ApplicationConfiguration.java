package dev.orderflow.notification.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApplicationConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
