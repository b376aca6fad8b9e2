package dev.orderflow.order.config;

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
 * such as {@code "prise"} is not silently dropped; so are whole numbers sent as strings,
 * decimals or booleans. Only the HTTP decoder is strict: the application's
 * {@link JsonMapper} stays lenient because event consumers must ignore unknown fields
 * (DESIGN.md, schema evolution within a topic version).
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
			// a whole number is a JSON integer: not "2", 2.5 (which Jackson would
			// truncate to 2) or true
			.withCoercionConfig(LogicalType.Integer,
					(integers) -> integers.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.build();
		return (configurer) -> configurer.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(strict));
	}

}
