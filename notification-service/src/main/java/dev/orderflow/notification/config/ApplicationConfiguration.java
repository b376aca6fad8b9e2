package dev.orderflow.notification.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.orderflow.notification.notification.stream.StreamSettings;

@Configuration(proxyBeanMethods = false)
class ApplicationConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	StreamSettings streamSettings(NotificationServiceProperties properties) {
		NotificationServiceProperties.Stream stream = properties.notifications().stream();
		return new StreamSettings(stream.heartbeat(), stream.reconnectDelay());
	}

}
