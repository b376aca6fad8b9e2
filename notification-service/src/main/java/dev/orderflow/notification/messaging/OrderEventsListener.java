package dev.orderflow.notification.messaging;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import reactor.core.publisher.Mono;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.orderflow.notification.model.NewNotification;
import dev.orderflow.notification.center.NotificationCenter;
import dev.orderflow.platform.messaging.inbox.EventPayloads;
import dev.orderflow.platform.messaging.inbox.IdempotentConsumer;
import dev.orderflow.platform.messaging.inbox.ReceivedEvent;

/**
 * Every terminal order event becomes one notification to the order's owner (I4): once per
 * event id, however often Kafka delivers it.
 */
@Component
class OrderEventsListener {

	private static final String CONSUMER = "notification-service.orders";

	private final IdempotentConsumer consumer;

	private final NotificationCenter notifications;

	private final EventPayloads payloads;

	/**
	 * OrderCreated is no news to the customer who just placed the order; types added
	 * within v1 are ignored.
	 */
	private final Map<String, Function<ReceivedEvent, Mono<?>>> effects;

	OrderEventsListener(IdempotentConsumer consumer, NotificationCenter notifications, EventPayloads payloads) {
		this.consumer = consumer;
		this.notifications = notifications;
		this.payloads = payloads;
		this.effects = Map.of("OrderApproved", (event) -> this.notifications.notify(approved(event, outcome(event))),
				"OrderRejected", (event) -> this.notifications.notify(rejected(event, outcome(event))),
				"OrderCancelled", (event) -> this.notifications.notify(cancelled(event, outcome(event))));
	}

	@KafkaListener(topics = ObservedEvents.ORDERS, groupId = "notification-service")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.handleAll(records, CONSUMER, this.effects);
	}

	private ObservedEvents.OrderOutcome outcome(ReceivedEvent event) {
		return this.payloads.read(event, ObservedEvents.OrderOutcome.class);
	}

	private static NewNotification approved(ReceivedEvent event, ObservedEvents.OrderOutcome order) {
		return NewNotification.orderApproved(event.id(), order.userId(), order.orderId(), order.total());
	}

	private static NewNotification rejected(ReceivedEvent event, ObservedEvents.OrderOutcome order) {
		return NewNotification.orderRejected(event.id(), order.userId(), order.orderId(), order.total(),
				order.reason());
	}

	private static NewNotification cancelled(ReceivedEvent event, ObservedEvents.OrderOutcome order) {
		return NewNotification.orderCancelled(event.id(), order.userId(), order.orderId(), order.total(),
				order.previousStatus());
	}

}
