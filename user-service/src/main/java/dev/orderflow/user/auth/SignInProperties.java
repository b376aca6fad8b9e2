package dev.orderflow.user.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are throttled ({@code identity.sign-in.*}, ADR 0018): after
 * {@code maxFailures} failures within {@code failureWindow}, the subject (one known
 * device, or all unknown clients of an email) is locked for {@code lockFor}.
 *
 * @param maxFailures failures that lock the subject
 * @param failureWindow how long failures are counted together
 * @param lockFor how long a lock lasts
 * @param deviceTokenTtl how long a device stays known after it signed in
 */
@ConfigurationProperties("identity.sign-in")
record SignInProperties(@DefaultValue("10") int maxFailures, @DefaultValue("15m") Duration failureWindow,
		@DefaultValue("15m") Duration lockFor, @DefaultValue("180d") Duration deviceTokenTtl) {

}
