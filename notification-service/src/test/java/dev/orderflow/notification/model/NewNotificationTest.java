package dev.orderflow.notification.model;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NewNotificationTest {

	private static final UUID USER = UUID.fromString("00000000-0000-4000-8000-000000000001");

	private static final UUID ORDER = UUID.fromString("1a2b3c4d-0000-4000-8000-000000000002");

	@ParameterizedTest
	@ValueSource(strings = { "INSUFFICIENT_CREDIT", "USER_SUSPENDED", "USER_NOT_FOUND", "TIMEOUT", "SOMETHING_NEW" })
	void explainsEveryRejectionInWordsWithoutInternalCodes(String reason) {
		NewNotification rejected = NewNotification.orderRejected("e1", USER, ORDER, new Amount("12.50", "EUR"), reason);

		assertThat(rejected.type()).isEqualTo(NotificationType.ORDER_REJECTED);
		assertThat(rejected.message()).startsWith("Your order #1a2b3c4d of 12.50 EUR could not be placed: ")
			.doesNotContain(reason)
			.doesNotContain("_");
	}

	@Test
	void eachRejectionReasonHasItsOwnExplanation() {
		assertThat(NewNotification.explain("INSUFFICIENT_CREDIT")).contains("available credit");
		assertThat(NewNotification.explain("USER_SUSPENDED")).contains("suspended");
		assertThat(NewNotification.explain("USER_NOT_FOUND")).contains("could not find your account");
		assertThat(NewNotification.explain("TIMEOUT")).contains("in time");
	}

	@Test
	void aCancelledApprovedOrderSaysItsCreditIsFreeAgain() {
		Amount total = new Amount("279.00", "EUR");

		assertThat(NewNotification.orderCancelled("e1", USER, ORDER, total, "APPROVED").message())
			.contains("279.00 EUR", "available again");
		assertThat(NewNotification.orderCancelled("e2", USER, ORDER, total, "PENDING").message())
			.isEqualTo("Your order #1a2b3c4d is cancelled.");
	}

	@Test
	void welcomesByName() {
		NewNotification welcome = NewNotification.welcome("e1", USER, "Ada");

		assertThat(welcome.type()).isEqualTo(NotificationType.WELCOME);
		assertThat(welcome.orderId()).isNull();
		assertThat(welcome.message()).startsWith("Hello Ada,");
	}

}
