package dev.orderflow.notification.stream;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArrivalTest {

	@Test
	void readsTheUserAndPositionOfANotify() {
		UUID userId = UUID.randomUUID();

		assertThat(Arrival.parse(userId + ":42")).isEqualTo(new Arrival(userId, 42));
	}

	@Test
	void anythingElseIsABareWakeUpForNobody() {
		assertThat(Arrival.parse("").userId()).isNull();
		assertThat(Arrival.parse("nonsense").userId()).isNull();
		assertThat(Arrival.parse("not-a-uuid:1").userId()).isNull();
	}

}
