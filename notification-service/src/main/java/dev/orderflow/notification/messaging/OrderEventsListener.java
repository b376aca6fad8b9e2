package dev.orderflow.notification.messaging;

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

	OrderEventsListener(IdempotentConsumer consumer, NotificationCenter notifications, EventPayloads payloads) {
		this.consumer = consumer;
		this.notifications = notifications;
		this.payloads = payloads;
	}

	@KafkaListener(topics = ObservedEvents.ORDERS, groupId = "notification-service")
	void on(ConsumerRecord<String, String> record) {
		this.consumer.handle(record, CONSUMER, this::apply);
	}

	private Mono<?> apply(ReceivedEvent event) {
		return switch (event.type()) {
			case "OrderApproved" -> this.notifications
				.notify(approved(event, this.payloads.read(event, ObservedEvents.OrderOutcome.class)));
			case "OrderRejected" -> this.notifications
				.notify(rejected(event, this.payloads.read(event, ObservedEvents.OrderOutcome.class)));
			case "OrderCancelled" -> this.notifications
				.notify(cancelled(event, this.payloads.read(event, ObservedEvents.OrderOutcome.class)));
			// OrderCreated is no news to the customer who just placed the order; types
			// added within v1 are ignored
			default -> Mono.empty();
		};
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
