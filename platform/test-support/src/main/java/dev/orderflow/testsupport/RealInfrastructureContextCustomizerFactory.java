package dev.orderflow.testsupport;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Registered in {@code META-INF/spring.factories}: turns {@link WithPostgres} and
 * {@link WithKafka} on a test class into properties of its application context.
 */
class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean postgres = TestContextAnnotationUtils.hasAnnotation(testClass, WithPostgres.class);
		boolean kafka = TestContextAnnotationUtils.hasAnnotation(testClass, WithKafka.class);
		if (!postgres && !kafka) {
			return null;
		}
		return new RealInfrastructureContextCustomizer(testClass, postgres, kafka);
	}

}
