package dev.orderflow.order.ordering;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFingerprintTest {

	private static final UUID MOUSE = UUID.fromString("5f1c3a2e-8b4d-4c6e-9a1f-000000000002");

	private static final UUID KEYBOARD = UUID.fromString("5f1c3a2e-8b4d-4c6e-9a1f-000000000001");

	@Test
	void isTheSameForTheSameItemsInAnyOrder() {
		assertThat(RequestFingerprint.of(List.of(new RequestedItem(MOUSE, 1), new RequestedItem(KEYBOARD, 2))))
			.isEqualTo(RequestFingerprint.of(List.of(new RequestedItem(KEYBOARD, 2), new RequestedItem(MOUSE, 1))))
			.hasSize(64);
	}

	@Test
	void differsForAnotherQuantityOrProduct() {
		String one = RequestFingerprint.of(List.of(new RequestedItem(MOUSE, 1)));

		assertThat(RequestFingerprint.of(List.of(new RequestedItem(MOUSE, 2)))).isNotEqualTo(one);
		assertThat(RequestFingerprint.of(List.of(new RequestedItem(KEYBOARD, 1)))).isNotEqualTo(one);
	}

}
