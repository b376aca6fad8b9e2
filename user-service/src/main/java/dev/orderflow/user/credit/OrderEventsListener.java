package dev.orderflow.user.credit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

	/** OrderApproved and types added within v1 change no credit: ignored. */
	private final Map<String, Function<ReceivedEvent, Mono<?>>> effects;

	OrderEventsListener(IdempotentConsumer consumer, CreditLine creditLine, EventPayloads payloads) {
		this.consumer = consumer;
		this.creditLine = creditLine;
		this.payloads = payloads;
		this.effects = Map.of("OrderCreated", (event) -> reserve(order(event)), "OrderRejected",
				(event) -> release(order(event)), "OrderCancelled", (event) -> release(order(event)));
	}

	@KafkaListener(topics = SagaEvents.ORDERS, groupId = "user-service")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.handleAll(records, CONSUMER, this.effects);
	}

	private SagaEvents.OrderEvent order(ReceivedEvent event) {
		return this.payloads.read(event, SagaEvents.OrderEvent.class);
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
