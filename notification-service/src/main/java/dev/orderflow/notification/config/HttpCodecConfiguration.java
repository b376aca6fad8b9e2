package dev.orderflow.notification.config;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import dev.orderflow.platform.web.StrictJsonRequestBodies;

/**
 * Strict request bodies: unknown fields and values of the wrong JSON type are 400
 * ({@link StrictJsonRequestBodies}); event consumers stay lenient.
 */
@Configuration(proxyBeanMethods = false)
class HttpCodecConfiguration {

	/** After Boot's Jackson codec customizer (order 0), whose decoder it replaces. */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	CodecCustomizer strictJsonRequestBodies(JsonMapper jsonMapper) {
		return StrictJsonRequestBodies.customizer(jsonMapper);
	}

}
