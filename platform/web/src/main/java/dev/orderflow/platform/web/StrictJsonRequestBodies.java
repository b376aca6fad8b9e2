package dev.orderflow.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.http.codec.json.JacksonJsonDecoder;

/**
 * Request bodies with fields an API does not know are refused (400), so that a typo such
 * as {@code "prise"} is not silently dropped; so are values of the wrong JSON type that
 * Jackson would otherwise coerce: whole numbers sent as strings, decimals (which it would
 * truncate) or booleans, and booleans sent as strings or numbers; and text holding a NUL
 * character, which PostgreSQL cannot store (it failed the statement: a 500 instead of a
 * 400, found by {@code BadInputIT}). Only the HTTP decoder is strict: the application's
 * {@link JsonMapper} stays lenient because event consumers must ignore unknown fields
 * (docs/architecture.md, schema evolution).
 */
public final class StrictJsonRequestBodies {

	private StrictJsonRequestBodies() {
	}

	/**
	 * Replaces Boot's JSON decoder with a strict copy of the same mapper (same modules
	 * and settings otherwise). Declare it as a bean ordered after Boot's customizer
	 * (order 0), e.g. {@code @Order(Ordered.LOWEST_PRECEDENCE)}.
	 * @param jsonMapper the application's mapper
	 * @return the customizer
	 */
	public static CodecCustomizer customizer(JsonMapper jsonMapper) {
		JsonMapper strict = jsonMapper.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.addModule(
					new SimpleModule("orderflow-text-without-nul").addDeserializer(String.class, new TextWithoutNul()))
			.withCoercionConfig(LogicalType.Integer,
					(integers) -> integers.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					(booleans) -> booleans.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.build();
		return (configurer) -> configurer.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(strict));
	}

	/** Text as Jackson reads it, refused if it holds a NUL character. */
	static final class TextWithoutNul extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			if (text != null && text.indexOf('\0') >= 0) {
				return (String) context.handleWeirdStringValue(String.class, text, "text may not hold a NUL character");
			}
			return text;
		}

	}

}
