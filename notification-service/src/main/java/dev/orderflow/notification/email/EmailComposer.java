package dev.orderflow.notification.email;

import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.stereotype.Component;

/**
 * An email per notification, in plain text and HTML (multipart/alternative) from the
 * templates {@code templates/email/notification.txt} and {@code .html}; Thymeleaf escapes
 * what users wrote (their name) in the HTML part.
 */
@Component
class EmailComposer {

	private final ITemplateEngine templates;

	private final EmailSettings settings;

	EmailComposer(ITemplateEngine emailTemplates, EmailSettings settings) {
		this.templates = emailTemplates;
		this.settings = settings;
	}

	MimeMessagePreparator compose(PendingEmail email) {
		Context context = new Context(Locale.ENGLISH, Map.of("name", String.valueOf(email.name()), "title",
				email.title(), "message", email.message(), "type", email.type()));
		String text = this.templates.process("notification.txt", context);
		String html = this.templates.process("notification.html", context);
		return (MimeMessage message) -> {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.settings.from());
			helper.setTo(email.address());
			helper.setSubject(email.title());
			helper.setText(text, html);
			// lets support find the notification an email came from
			message.setHeader("X-OrderFlow-Notification-Id", email.notificationId().toString());
		};
	}

}
