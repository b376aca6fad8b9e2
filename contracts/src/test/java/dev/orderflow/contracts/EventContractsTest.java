package dev.orderflow.contracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventContractsTest {

	private static final String ORDER_CREATED = """
			{"orderId": "3f1c9a52-6d0e-4c1b-9f0a-1b2c3d4e5f60",
			 "userId": "8a7b6c5d-4e3f-4a1b-8c9d-0e1f2a3b4c5d",
			 "items": [{"productId": "11111111-1111-4111-8111-111111111111", "sku": "MUG-01", "name": "Mug",
			            "quantity": 2, "unitPrice": {"amount": "9.50", "currency": "EUR"}}],
			 "total": {"amount": "19.00", "currency": "EUR"},
			 "occurredAt": "2026-11-21T10:00:00Z"}
			""";

	@Test
	void acceptsAPayloadThatHonoursTheContract() {
		assertThat(EventContracts.violations("orders.order.v1", "OrderCreated", ORDER_CREATED)).isEmpty();
	}

	@Test
	void acceptsUnknownFieldsBecauseConsumersIgnoreThem() {
		String withExtra = ORDER_CREATED.replace("\"occurredAt\"", "\"channel\": \"web\", \"occurredAt\"");

		assertThat(EventContracts.violations("orders.order.v1", "OrderCreated", withExtra)).isEmpty();
	}

	@Test
	void rejectsAFieldOfTheWrongType() {
		String wrongType = ORDER_CREATED.replace("\"quantity\": 2", "\"quantity\": \"2\"");

		assertThat(EventContracts.violations("orders.order.v1", "OrderCreated", wrongType)).singleElement()
			.asString()
			.contains("quantity");
	}

	@Test
	void rejectsAPayloadThatDropsARequiredField() {
		String missingTotal = ORDER_CREATED.replace("\"total\"", "\"totalAmount\"");

		assertThatExceptionOfType(ContractViolation.class)
			.isThrownBy(() -> EventContracts.assertValid("orders.order.v1", "OrderCreated", missingTotal))
			.satisfies(
					(violation) -> assertThat(violation.violations()).anyMatch((message) -> message.contains("total")));
	}

	@Test
	void rejectsMoneyThatIsNotADecimalString() {
		String numberAmount = ORDER_CREATED.replace("\"amount\": \"19.00\"", "\"amount\": 19.0");

		assertThat(EventContracts.violations("orders.order.v1", "OrderCreated", numberAmount)).isNotEmpty();
	}

	@Test
	void rejectsAReasonOutsideTheEnumeration() {
		String rejected = """
				{"orderId": "3f1c9a52-6d0e-4c1b-9f0a-1b2c3d4e5f60", "userId": "8a7b6c5d-4e3f-4a1b-8c9d-0e1f2a3b4c5d",
				 "amount": {"amount": "19.00", "currency": "EUR"}, "reason": "BAD_LUCK",
				 "occurredAt": "2026-11-21T10:00:00Z"}
				""";

		assertThat(EventContracts.violations("users.credit.v1", "CreditRejected", rejected)).singleElement()
			.asString()
			.contains("reason");
		assertThat(EventContracts.violations("users.credit.v1", "CreditRejected",
				rejected.replace("BAD_LUCK", "INSUFFICIENT_CREDIT")))
			.isEmpty();
	}

	@Test
	void hasAContractForEveryEventOfDesignMd() {
		assertThat(EventContracts.exists("orders.order.v1", "OrderCreated")).isTrue();
		assertThat(EventContracts.exists("orders.order.v1", "OrderApproved")).isTrue();
		assertThat(EventContracts.exists("orders.order.v1", "OrderRejected")).isTrue();
		assertThat(EventContracts.exists("orders.order.v1", "OrderCancelled")).isTrue();
		assertThat(EventContracts.exists("users.credit.v1", "CreditReserved")).isTrue();
		assertThat(EventContracts.exists("users.credit.v1", "CreditRejected")).isTrue();
		assertThat(EventContracts.exists("users.credit.v1", "CreditReleased")).isTrue();
		assertThat(EventContracts.exists("users.user.v1", "UserRegistered")).isTrue();
		assertThat(EventContracts.exists("users.user.v1", "UserUpdated")).isTrue();
	}

	@Test
	void refusesToValidateAnEventWithoutContract() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventContracts.violations("orders.order.v1", "OrderTeleported", "{}"));
	}

}
