package dev.orderflow.testsupport;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class WithPostgresIT {

	@WithPostgres
	@WithKafka
	static class AnnotatedTest {

	}

	static class OtherAnnotatedTest extends AnnotatedTest {

	}

	@Test
	void givesEachTestClassItsOwnDatabaseAndTheSharedBroker() {
		RealInfrastructureContextCustomizerFactory factory = new RealInfrastructureContextCustomizerFactory();
		ContextCustomizer first = factory.createContextCustomizer(AnnotatedTest.class, List.of());
		ContextCustomizer second = factory.createContextCustomizer(OtherAnnotatedTest.class, List.of());

		assertThat(first).isNotEqualTo(second);
		assertThat(urlOf(first)).isNotEqualTo(urlOf(second)).startsWith("r2dbc:postgresql://");
	}

	@Test
	void leavesUnannotatedTestsAlone() {
		assertThat(new RealInfrastructureContextCustomizerFactory().createContextCustomizer(WithPostgresIT.class,
				List.of()))
			.isNull();
	}

	private static String urlOf(ContextCustomizer customizer) {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			customizer.customizeContext(context, (MergedContextConfiguration) null);
			assertThat(context.getEnvironment().getProperty("spring.kafka.bootstrap-servers")).isNotBlank();
			return context.getEnvironment().getProperty("spring.r2dbc.url");
		}
	}

}
