package dev.orderflow.notification.stream;

import io.r2dbc.spi.ConnectionFactory;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Component;

import dev.orderflow.notification.center.Notifications;
import dev.orderflow.platform.messaging.DatabaseNotifications;

/**
 * Every notification committed by any replica, as it commits. One LISTEN connection per
 * replica, shared by every subscriber and open while anyone listens.
 */
@Component
public class NotificationFeed {

	private final Flux<Arrival> arrivals;

	NotificationFeed(ConnectionFactory connections) {
		this.arrivals = DatabaseNotifications.listen(connections, Notifications.CHANNEL).map(Arrival::parse).share();
	}

	public Flux<Arrival> arrivals() {
		return this.arrivals;
	}

}
