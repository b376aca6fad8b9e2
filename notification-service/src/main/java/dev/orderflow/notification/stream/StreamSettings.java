package dev.orderflow.notification.stream;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How live streams behave ({@code orderflow.notifications.stream.*}).
 *
 * @param heartbeat how often an idle stream sends a comment (proxies keep it open,
 * clients notice a dead one); also how often it looks for missed notifications
 * @param reconnectDelay what the stream tells clients to wait before reconnecting
 */
@ConfigurationProperties("orderflow.notifications.stream")
public record StreamSettings(@DefaultValue("15s") Duration heartbeat, @DefaultValue("3s") Duration reconnectDelay) {

}
