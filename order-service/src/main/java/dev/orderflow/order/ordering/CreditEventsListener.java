package dev.orderflow.order.ordering;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import reactor.core.publisher.Mono;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.orderflow.order.model.OrderId;
import dev.orderflow.order.model.RejectionReason;
import dev.orderflow.platform.messaging.inbox.EventPayloads;
import dev.orderflow.platform.messaging.inbox.IdempotentConsumer;
import dev.orderflow.platform.messaging.inbox.MalformedEvent;
import dev.orderflow.platform.messaging.inbox.ReceivedEvent;

/**
 * The order saga as order-service hears it from user-service: one line per event type.
 * Each event takes effect once (inbox); late and duplicate events are no-ops of the
 * aggregate; a record that can never be processed is a {@link MalformedEvent} and goes to
 * {@code users.credit.v1-dlt}.
 */
@Component
class CreditEventsListener {

	static final String CONSUMER = "order-service.saga";

	private final IdempotentConsumer consumer;

	private final OrderManagement orders;

	private final EventPayloads payloads;

	/**
	 * CreditReleased concerns notifications only; types added within v1 are ignored.
	 */
	private final Map<String, Function<ReceivedEvent, Mono<?>>> effects;

	CreditEventsListener(IdempotentConsumer consumer, OrderManagement orders, EventPayloads payloads) {
		this.consumer = consumer;
		this.orders = orders;
		this.payloads = payloads;
		this.effects = Map.of("CreditReserved", (event) -> this.orders.approve(orderId(credit(event))),
				"CreditRejected", (event) -> reject(credit(event)));
	}

	@KafkaListener(topics = SagaEvents.CREDIT, groupId = "order-service")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.handleAll(records, CONSUMER, this.effects);
	}

	private SagaEvents.CreditEvent credit(ReceivedEvent event) {
		return this.payloads.read(event, SagaEvents.CreditEvent.class);
	}

	private Mono<?> reject(SagaEvents.CreditEvent credit) {
		return this.orders.reject(orderId(credit), reason(credit));
	}

	private static OrderId orderId(SagaEvents.CreditEvent credit) {
		return new OrderId(credit.orderId());
	}

	/** Only the reasons user-service may give; TIMEOUT is this service's own. */
	private static RejectionReason reason(SagaEvents.CreditEvent credit) {
		try {
			RejectionReason reason = RejectionReason.valueOf(String.valueOf(credit.reason()));
			if (reason != RejectionReason.TIMEOUT) {
				return reason;
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the malformed event below
		}
		throw new MalformedEvent(
				"CreditRejected for order " + credit.orderId() + " has no valid reason: " + credit.reason());
	}

}
