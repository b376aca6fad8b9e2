package dev.orderflow.order.model;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.orderflow.order.money.Money;

import static dev.orderflow.order.model.OrderFixtures.CUSTOMER;
import static dev.orderflow.order.model.OrderFixtures.KEYBOARD;
import static dev.orderflow.order.model.OrderFixtures.PLACED_AT;
import static dev.orderflow.order.model.OrderFixtures.approvedOrder;
import static dev.orderflow.order.model.OrderFixtures.cancelledOrder;
import static dev.orderflow.order.model.OrderFixtures.euros;
import static dev.orderflow.order.model.OrderFixtures.pendingOrder;
import static dev.orderflow.order.model.OrderFixtures.rejectedOrder;
import static dev.orderflow.order.model.OrderFixtures.twoKeyboardsAndAMouse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTest {

	private static final Instant NOW = PLACED_AT.plusSeconds(30);

	@Test
	void placesAPendingOrderWithATotalComputedFromItsLines() {
		OrderId id = OrderId.random();

		Order order = Order.place(id, CUSTOMER, twoKeyboardsAndAMouse(), PLACED_AT);

		assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(order.total()).isEqualTo(euros("204.79"));
		assertThat(order.rejectionReason()).isEmpty();
		assertThat(order.events())
			.containsExactly(new OrderCreated(id, CUSTOMER, twoKeyboardsAndAMouse(), euros("204.79"), PLACED_AT));
	}

	@Test
	void refusesAnOrderWithoutLinesOrWithAProductTwiceOrInTwoCurrencies() {
		assertThatIllegalArgumentException().isThrownBy(() -> Order.place(OrderId.random(), CUSTOMER, List.of(), NOW));
		OrderLine keyboard = new OrderLine(KEYBOARD, "KB-MECH-87", "Keyboard", 1, euros("89.90"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Order.place(OrderId.random(), CUSTOMER, List.of(keyboard, keyboard), NOW));
		OrderLine dollars = new OrderLine(OrderFixtures.MOUSE, "MS-WL-01", "Mouse", 1, Money.of("24.99", "USD"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Order.place(OrderId.random(), CUSTOMER, List.of(keyboard, dollars), NOW));
	}

	@Test
	void refusesALineWithoutQuantity() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OrderLine(KEYBOARD, "KB-MECH-87", "Keyboard", 0, euros("89.90")));
	}

	@Test
	void refusesMoreThanFiftyLinesOrMoreThanAThousandOfOneProduct() {
		List<OrderLine> fiftyOne = java.util.stream.IntStream.range(0, Order.MAX_LINES + 1)
			.mapToObj((i) -> new OrderLine(java.util.UUID.randomUUID(), "SKU-" + i, "Thing " + i, 1, euros("1.00")))
			.toList();
		assertThatIllegalArgumentException().isThrownBy(() -> Order.place(OrderId.random(), CUSTOMER, fiftyOne, NOW));
		assertThat(Order.place(OrderId.random(), CUSTOMER, fiftyOne.subList(0, Order.MAX_LINES), NOW).lines())
			.hasSize(50);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OrderLine(KEYBOARD, "KB-MECH-87", "Keyboard", 1001, euros("89.90")));
		assertThat(new OrderLine(KEYBOARD, "KB-MECH-87", "Keyboard", 1000, euros("89.90")).total())
			.isEqualTo(euros("89900.00"));
	}

	@Test
	void approvesAPendingOrderAndRaisesOrderApproved() {
		Order order = pendingOrder();

		Transition transition = order.approve(NOW);

		assertThat(transition.changed()).isTrue();
		assertThat(transition).isEqualTo(new Transition(OrderStatus.PENDING, OrderStatus.APPROVED));
		assertThat(order.status()).isEqualTo(OrderStatus.APPROVED);
		assertThat(order.updatedAt()).isEqualTo(NOW);
		assertThat(order.events()).containsExactly(new OrderApproved(order.id(), CUSTOMER, euros("204.79"), NOW));
	}

	@Test
	void rejectsAPendingOrderWithItsReasonAndRaisesOrderRejected() {
		Order order = pendingOrder();

		assertThat(order.reject(RejectionReason.INSUFFICIENT_CREDIT, NOW).changed()).isTrue();

		assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
		assertThat(order.rejectionReason()).contains(RejectionReason.INSUFFICIENT_CREDIT);
		assertThat(order.events()).containsExactly(
				new OrderRejected(order.id(), CUSTOMER, RejectionReason.INSUFFICIENT_CREDIT, euros("204.79"), NOW));
	}

	@Test
	void cancelsAPendingOrder() {
		Order order = pendingOrder();

		assertThat(order.cancel(NOW).changed()).isTrue();

		assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.events())
			.containsExactly(new OrderCancelled(order.id(), CUSTOMER, OrderStatus.PENDING, euros("204.79"), NOW));
	}

	@Test
	void cancelsAnApprovedOrderSoThatItsCreditIsReleased() {
		Order order = approvedOrder();

		assertThat(order.cancel(NOW)).isEqualTo(new Transition(OrderStatus.APPROVED, OrderStatus.CANCELLED));

		assertThat(order.events())
			.containsExactly(new OrderCancelled(order.id(), CUSTOMER, OrderStatus.APPROVED, euros("204.79"), NOW));
	}

	@Test
	void ignoresADuplicateApprovalWithoutRaisingAnything() {
		Order order = approvedOrder();

		Transition transition = order.approve(NOW);

		assertThat(transition.changed()).isFalse();
		assertThat(order.status()).isEqualTo(OrderStatus.APPROVED);
		assertThat(order.updatedAt()).isEqualTo(PLACED_AT.plusSeconds(5));
		assertThat(order.events()).isEmpty();
	}

	@Test
	void keepsTheFirstRejectionReasonWhenRejectedAgain() {
		Order order = rejectedOrder(RejectionReason.TIMEOUT);

		assertThat(order.reject(RejectionReason.INSUFFICIENT_CREDIT, NOW).changed()).isFalse();

		assertThat(order.rejectionReason()).contains(RejectionReason.TIMEOUT);
		assertThat(order.events()).isEmpty();
	}

	@Test
	void reportsASecondCancelAsUnchangedSoThatTheHttpCancelCanRefuseIt() {
		Order order = cancelledOrder();

		Transition transition = order.cancel(NOW);

		assertThat(transition.changed()).isFalse();
		assertThat(transition.to()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.events()).isEmpty();
	}

	@Test
	void refusesToApproveAnOrderThatHasMovedOn() {
		assertRefused(cancelledOrder(), (order) -> order.approve(NOW), OrderStatus.APPROVED);
		assertRefused(rejectedOrder(RejectionReason.TIMEOUT), (order) -> order.approve(NOW), OrderStatus.APPROVED);
	}

	@Test
	void refusesToRejectAnOrderThatHasMovedOn() {
		assertRefused(approvedOrder(), (order) -> order.reject(RejectionReason.USER_SUSPENDED, NOW),
				OrderStatus.REJECTED);
		assertRefused(cancelledOrder(), (order) -> order.reject(RejectionReason.TIMEOUT, NOW), OrderStatus.REJECTED);
	}

	@Test
	void refusesToCancelARejectedOrder() {
		assertRefused(rejectedOrder(RejectionReason.USER_NOT_FOUND), (order) -> order.cancel(NOW),
				OrderStatus.CANCELLED);
	}

	@ParameterizedTest
	@EnumSource(RejectionReason.class)
	void lateCreditAnswerAfterATimeoutDoesNotChangeTheOrder(RejectionReason reason) {
		Order order = pendingOrder();
		order.reject(RejectionReason.TIMEOUT, NOW);
		order.clearEvents();

		assertThat(order.reject(reason, NOW.plusSeconds(1)).changed()).isFalse();
		assertThatThrownBy(() -> order.approve(NOW.plusSeconds(1))).isInstanceOf(OrderCannotChange.class);

		assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
		assertThat(order.rejectionReason()).contains(RejectionReason.TIMEOUT);
		assertThat(order.events()).isEmpty();
	}

	@Test
	void restoringAnOrderRaisesNothing() {
		assertThat(approvedOrder().events()).isEmpty();
	}

	@Test
	void aRejectionReasonGoesWithRejectedOnly() {
		assertThatIllegalArgumentException().isThrownBy(() -> Order.restore(OrderId.random(), CUSTOMER,
				twoKeyboardsAndAMouse(), OrderStatus.APPROVED, RejectionReason.TIMEOUT, PLACED_AT, PLACED_AT));
		assertThatIllegalArgumentException().isThrownBy(() -> Order.restore(OrderId.random(), CUSTOMER,
				twoKeyboardsAndAMouse(), OrderStatus.REJECTED, null, PLACED_AT, PLACED_AT));
	}

	private static void assertRefused(Order order, Consumer<Order> transition, OrderStatus requested) {
		OrderStatus before = order.status();

		assertThatThrownBy(() -> transition.accept(order)).isInstanceOfSatisfying(OrderCannotChange.class, (ex) -> {
			assertThat(ex.orderId()).isEqualTo(order.id());
			assertThat(ex.status()).isEqualTo(before);
			assertThat(ex.requested()).isEqualTo(requested);
		});
		assertThat(order.status()).isEqualTo(before);
		assertThat(order.events()).isEmpty();
	}

}
