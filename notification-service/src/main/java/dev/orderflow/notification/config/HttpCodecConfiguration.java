package dev.orderflow.notification.config;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.codec.json.JacksonJsonDecoder;

/**
 * Request bodies with fields this API does not know are refused (400), so that a typo
 * such as {@code "emial"} is not silently dropped; so are booleans sent as strings or
 * numbers. Only the HTTP decoder is strict: the application's {@link JsonMapper} stays
 * lenient because event consumers must ignore unknown fields (DESIGN.md, schema evolution
 * within a topic version).
 */
@Configuration(proxyBeanMethods = false)
class HttpCodecConfiguration {

	/**
	 * Runs after Boot's Jackson codec customizer (order 0) and replaces its decoder with
	 * a strict copy of the same mapper (same modules and settings otherwise).
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	CodecCustomizer strictJsonRequestBodies(JsonMapper jsonMapper) {
		JsonMapper strict = jsonMapper.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			// a boolean is true or false: not "true", "yes" or 1
			.withCoercionConfig(LogicalType.Boolean,
					(booleans) -> booleans.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.build();
		return (configurer) -> configurer.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(strict));
	}

}
