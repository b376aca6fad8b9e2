package dev.orderflow.notification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.orderflow.platform.web.security.AccessTokenSettings;

/**
 * Settings of notification-service under {@code orderflow.*} that are not a feature's own
 * (those are {@code orderflow.notifications.email.*} and {@code .stream.*}, bound by the
 * email and stream features).
 *
 * @param security how access tokens are checked
 */
@ConfigurationProperties("orderflow")
record NotificationServiceProperties(@DefaultValue AccessTokenSettings security) {

}
