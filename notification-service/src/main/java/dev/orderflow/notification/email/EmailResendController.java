package dev.orderflow.notification.email;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import dev.orderflow.platform.web.ProblemWriter;

/**
 * The operators' resend of FAILED emails (ADMIN only, see the security configuration).
 * 202: the email is due again, and goes out with the dispatcher's next round.
 */
@RestController
@RequestMapping("/api/notifications")
class EmailResendController {

	private final EmailResends resends;

	private final ProblemWriter problems;

	EmailResendController(EmailResends resends, ProblemWriter problems) {
		this.resends = resends;
		this.problems = problems;
	}

	@PostMapping("/{id}/email/resend")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<Resent> resend(@PathVariable UUID id) {
		return this.resends.resend(id).thenReturn(new Resent(1));
	}

	@PostMapping("/email/resend")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<Resent> resendFailed(@RequestParam Instant failedFrom, @RequestParam Instant failedTo) {
		return this.resends.resendFailed(failedFrom, failedTo).map(Resent::new);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> noFailedEmail(EmailResends.NoFailedEmail ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.CONFLICT, "email-not-failed", "The email has not failed", ex);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidPeriod(EmailResends.InvalidPeriod ex, ServerWebExchange exchange) {
		return this.problems.entity(exchange, HttpStatus.BAD_REQUEST, "invalid-period", "Invalid period", ex);
	}

	/**
	 * @param resent how many emails are due again
	 */
	record Resent(long resent) {
	}

}
