package dev.orderflow.order.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.orderflow.contracts.ContractViolation;
import dev.orderflow.contracts.EventContracts;
import dev.orderflow.order.money.Money;
import dev.orderflow.order.model.OrderApproved;
import dev.orderflow.order.model.OrderCancelled;
import dev.orderflow.order.model.OrderCreated;
import dev.orderflow.order.model.OrderEvent;
import dev.orderflow.order.model.OrderId;
import dev.orderflow.order.model.OrderLine;
import dev.orderflow.order.model.OrderRejected;
import dev.orderflow.order.model.OrderStatus;
import dev.orderflow.order.model.RejectionReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * What this service publishes honours the orders.order.v1 contract, and the contract
 * check is strict enough to catch a producer that drifts from it.
 */
class OrderEventsContractTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final OrderId ORDER = OrderId.of("7d3c1f2e-1111-4222-8333-444455556666");

	private static final UUID CUSTOMER = UUID.fromString("00000000-0000-4000-8000-000000000001");

	private static final Money TOTAL = Money.of("204.79", "EUR");

	private static final Instant AT = Instant.parse("2026-11-21T10:00:00.123456Z");

	static List<OrderEvent> everyEvent() {
		return List.of(
				new OrderCreated(ORDER, CUSTOMER,
						List.of(new OrderLine(UUID.fromString("5f1c3a2e-8b4d-4c6e-9a1f-000000000001"), "KB-MECH-87",
								"Mechanical Keyboard, 87 keys", 2, Money.of("89.90", "EUR")),
								new OrderLine(UUID.fromString("5f1c3a2e-8b4d-4c6e-9a1f-000000000002"), "MS-WL-01",
										"Wireless Mouse", 1, Money.of("24.99", "EUR"))),
						TOTAL, AT),
				new OrderApproved(ORDER, CUSTOMER, TOTAL, AT),
				new OrderRejected(ORDER, CUSTOMER, RejectionReason.TIMEOUT, TOTAL, AT),
				new OrderCancelled(ORDER, CUSTOMER, OrderStatus.APPROVED, TOTAL, AT));
	}

	@ParameterizedTest
	@MethodSource("everyEvent")
	void publishesEveryEventAsItsContractSays(OrderEvent event) {
		String type = OrderEventsOutbox.type(event);

		assertThatNoException()
			.isThrownBy(() -> EventContracts.assertValid(SagaEvents.ORDERS, type, payloadOf(event).toString()));
	}

	@Test
	void writesMoneyAsADecimalStringAndTimesAsInstants() {
		ObjectNode created = payloadOf(everyEvent().get(0));

		assertThat(created.get("total").get("amount").isString()).isTrue();
		assertThat(created.get("total").get("amount").asString()).isEqualTo("204.79");
		assertThat(created.get("items").get(1).get("unitPrice").get("amount").asString()).isEqualTo("24.99");
		assertThat(created.get("occurredAt").asString()).isEqualTo("2026-11-21T10:00:00.123456Z");
		assertThat(created.get("userId").asString()).isEqualTo(CUSTOMER.toString());
	}

	@Test
	void failsAPayloadWithAValueOfTheWrongType() {
		ObjectNode created = payloadOf(everyEvent().get(0));
		((ObjectNode) created.get("items").get(0)).put("quantity", "2");

		assertThatExceptionOfType(ContractViolation.class)
			.isThrownBy(() -> EventContracts.assertValid(SagaEvents.ORDERS, "OrderCreated", created.toString()));
	}

	@Test
	void failsAPayloadWithAnAmountAsANumber() {
		ObjectNode approved = payloadOf(everyEvent().get(1));
		((ObjectNode) approved.get("total")).put("amount", 204.79);

		assertThatExceptionOfType(ContractViolation.class)
			.isThrownBy(() -> EventContracts.assertValid(SagaEvents.ORDERS, "OrderApproved", approved.toString()));
	}

	@Test
	void failsAPayloadThatDropsARequiredField() {
		ObjectNode rejected = payloadOf(everyEvent().get(2));
		rejected.remove("userId");

		assertThatExceptionOfType(ContractViolation.class)
			.isThrownBy(() -> EventContracts.assertValid(SagaEvents.ORDERS, "OrderRejected", rejected.toString()))
			.satisfies((violation) -> assertThat(violation.violations()).anyMatch((v) -> v.contains("userId")));
	}

	@Test
	void failsAPayloadWithAValueOutsideTheContract() {
		ObjectNode cancelled = payloadOf(everyEvent().get(3));
		cancelled.put("previousStatus", "REJECTED");

		assertThatExceptionOfType(ContractViolation.class)
			.isThrownBy(() -> EventContracts.assertValid(SagaEvents.ORDERS, "OrderCancelled", cancelled.toString()));
	}

	private static ObjectNode payloadOf(OrderEvent event) {
		return (ObjectNode) json.valueToTree(OrderEventsOutbox.payload(event));
	}

}
