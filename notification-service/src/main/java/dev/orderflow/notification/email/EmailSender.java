package dev.orderflow.notification.email;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Hands an email to the SMTP server. JavaMail blocks, so sending runs on the
 * bounded-elastic scheduler; the circuit breaker stops calling a server that keeps
 * failing (then every call fails at once with {@code CallNotPermittedException}).
 */
@Component
class EmailSender {

	private final JavaMailSender mail;

	private final EmailComposer composer;

	private final CircuitBreaker circuitBreaker;

	EmailSender(JavaMailSender mail, EmailComposer composer, CircuitBreaker smtpCircuitBreaker) {
		this.mail = mail;
		this.composer = composer;
		this.circuitBreaker = smtpCircuitBreaker;
	}

	Mono<Void> send(PendingEmail email) {
		return Mono.<Void>fromRunnable(() -> this.mail.send(this.composer.compose(email)))
			.subscribeOn(Schedulers.boundedElastic())
			.transformDeferred(CircuitBreakerOperator.of(this.circuitBreaker));
	}

}
