package dev.orderflow.notification.email;

import java.nio.charset.StandardCharsets;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.util.StreamProvider;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Email: its settings, the SMTP circuit breaker (with its metrics,
 * {@code resilience4j.circuitbreaker.*{name="smtp"}}) and the template engine of the
 * email bodies. Spring Mail's {@code JavaMailSender} comes from {@code spring.mail.*}.
 */
@Configuration(proxyBeanMethods = false)
class EmailConfiguration {

	/** Angus Mail's, the implementation Spring Boot brings (a runtime dependency). */
	private static final String MAIL_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

	static {
		// Jakarta Mail 2.1 finds its StreamProvider by scanning the class path
		// (ServiceLoader) for every MIME part it makes, several per email: 16 % of this
		// service's CPU under load (jakartaee/mail-api#699, fixed in 2.2). Named in this
		// system property, it is loaded by name instead. Set before the first email.
		if (System.getProperty(StreamProvider.class.getName()) == null) {
			System.setProperty(StreamProvider.class.getName(), MAIL_STREAM_PROVIDER);
		}
	}

	@Bean
	CircuitBreakerRegistry circuitBreakerRegistry(MeterRegistry meters) {
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
		return registry;
	}

	@Bean
	CircuitBreaker smtpCircuitBreaker(CircuitBreakerRegistry registry, EmailSettings settings) {
		EmailSettings.CircuitBreaker breaker = settings.circuitBreaker();
		return registry.circuitBreaker("smtp",
				CircuitBreakerConfig.custom()
					.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
					.slidingWindowSize(breaker.slidingWindowSize())
					.minimumNumberOfCalls(breaker.minimumCalls())
					.failureRateThreshold(breaker.failureRateThreshold())
					.waitDurationInOpenState(breaker.openFor())
					.permittedNumberOfCallsInHalfOpenState(1)
					.build());
	}

	/** Plain-text and HTML email templates under {@code templates/email/}. */
	@Bean
	TemplateEngine emailTemplates() {
		TemplateEngine engine = new TemplateEngine();
		engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 1));
		engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 2));
		return engine;
	}

	private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/email/");
		resolver.setResolvablePatterns(java.util.Set.of(pattern));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

}
