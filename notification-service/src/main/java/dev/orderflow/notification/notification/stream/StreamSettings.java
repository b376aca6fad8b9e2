package dev.orderflow.notification.notification.stream;

import java.time.Duration;

/**
 * How live streams behave.
 *
 * @param heartbeat how often an idle stream sends a comment (proxies keep it open,
 * clients notice a dead one); also how often it looks for missed notifications
 * @param reconnectDelay what the stream tells clients to wait before reconnecting
 */
public record StreamSettings(Duration heartbeat, Duration reconnectDelay) {

}
