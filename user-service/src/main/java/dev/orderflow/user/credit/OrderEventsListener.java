package dev.orderflow.user.credit;

import java.math.BigDecimal;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import reactor.core.publisher.Mono;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.orderflow.platform.messaging.inbox.EventPayloads;
import dev.orderflow.platform.messaging.inbox.IdempotentConsumer;
import dev.orderflow.platform.messaging.inbox.MalformedEvent;
import dev.orderflow.platform.messaging.inbox.ReceivedEvent;

/** The order saga as user-service takes part in it: one line per event type. */
@Component
class OrderEventsListener {

	private static final String CONSUMER = "user-service.credit";

	private final IdempotentConsumer consumer;

	private final CreditLine creditLine;

	private final EventPayloads payloads;

	OrderEventsListener(IdempotentConsumer consumer, CreditLine creditLine, EventPayloads payloads) {
		this.consumer = consumer;
		this.creditLine = creditLine;
		this.payloads = payloads;
	}

	@KafkaListener(topics = SagaEvents.ORDERS, groupId = "user-service")
	void on(ConsumerRecord<String, String> record) {
		this.consumer.handle(record, CONSUMER, this::apply);
	}

	private Mono<?> apply(ReceivedEvent event) {
		return switch (event.type()) {
			case "OrderCreated" -> reserve(this.payloads.read(event, SagaEvents.OrderEvent.class));
			case "OrderRejected", "OrderCancelled" -> release(this.payloads.read(event, SagaEvents.OrderEvent.class));
			default -> Mono.empty();
		};
	}

	private Mono<?> reserve(SagaEvents.OrderEvent order) {
		try {
			return this.creditLine.reserve(order.orderId(), order.userId(), amount(order), order.total().currency());
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEvent("OrderCreated " + order.orderId() + ": " + ex.getMessage(), ex);
		}
	}

	private Mono<?> release(SagaEvents.OrderEvent order) {
		return this.creditLine.release(order.orderId(), order.userId(), amount(order));
	}

	private static BigDecimal amount(SagaEvents.OrderEvent order) {
		try {
			BigDecimal amount = new BigDecimal(order.total().amount());
			if (amount.signum() < 0) {
				throw new MalformedEvent("Negative total in order " + order.orderId());
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			throw new MalformedEvent("Total of order " + order.orderId() + " is not a decimal", ex);
		}
	}

}
