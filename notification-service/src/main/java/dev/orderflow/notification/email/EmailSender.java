package dev.orderflow.notification.email;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import jakarta.mail.internet.MimeMessage;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Hands emails to the SMTP server, several over one connection: {@link JavaMailSender}
 * connects once for the messages of one call, and the connection's set-up and close (TCP,
 * EHLO, QUIT) were half of the CPU of sending one email at a time. JavaMail blocks, so
 * sending runs on the bounded-elastic scheduler. The circuit breaker counts a call as
 * failed when none of its emails went out (the server away or refusing everything), and
 * then stops calling for a while (every call fails at once with
 * {@code CallNotPermittedException}).
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

	/**
	 * Sends the emails over one connection.
	 * @return the emails that did not go out, by notification, with what went wrong;
	 * empty when all went out; an error {@link NothingSent} when none did
	 */
	Mono<Map<UUID, Exception>> send(List<PendingEmail> emails) {
		return Mono.fromCallable(() -> sendTogether(emails))
			.subscribeOn(Schedulers.boundedElastic())
			.transformDeferred(CircuitBreakerOperator.of(this.circuitBreaker));
	}

	private Map<UUID, Exception> sendTogether(List<PendingEmail> emails) throws Exception {
		Map<UUID, Exception> failed = new LinkedHashMap<>();
		Map<MimeMessage, UUID> notificationOf = new IdentityHashMap<>();
		for (PendingEmail email : emails) {
			MimeMessage message = this.mail.createMimeMessage();
			try {
				this.composer.compose(email).prepare(message);
				notificationOf.put(message, email.notificationId());
			}
			catch (Exception ex) {
				// one email that cannot be written fails alone, not its companions
				failed.put(email.notificationId(), ex);
			}
		}
		try {
			if (!notificationOf.isEmpty()) {
				this.mail.send(notificationOf.keySet().toArray(MimeMessage[]::new));
			}
		}
		catch (MailSendException ex) {
			ex.getFailedMessages().forEach((message, error) -> failed.put(notificationOf.get(message), error));
			if (ex.getFailedMessages().isEmpty() || failed.size() == emails.size()) {
				throw new NothingSent(failed, ex);
			}
		}
		return failed;
	}

	/**
	 * None of a call's emails went out.
	 */
	static final class NothingSent extends RuntimeException {

		private final transient Map<UUID, Exception> failed;

		NothingSent(Map<UUID, Exception> failed, MailSendException cause) {
			super(cause.getMessage(), cause);
			this.failed = failed;
		}

		/**
		 * @return what went wrong with each email, if the server said; else the call's
		 * error
		 */
		Exception errorOf(UUID notificationId) {
			Exception error = this.failed.get(notificationId);
			return (error != null) ? error : (Exception) getCause();
		}

	}

}
