package dev.orderflow.order.ordering;

import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;

import dev.orderflow.order.model.OrderId;
import dev.orderflow.order.model.OrderStatus;
import dev.orderflow.platform.web.PageView;
import dev.orderflow.platform.web.security.Callers;

/**
 * Orders over HTTP: customers place, read and cancel their own orders; administrators
 * read and cancel any order.
 */
@RestController
@RequestMapping("/api/orders")
class OrderController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	/** Set on the answer to a request whose key an earlier request already used. */
	static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private final OrderManagement orders;

	OrderController(OrderManagement orders) {
		this.orders = orders;
	}

	/**
	 * 202: the order is PENDING until the saga decides; its {@code Location} shows the
	 * outcome.
	 */
	@PostMapping
	Mono<ResponseEntity<OrderView>> place(@Valid @RequestBody PlaceOrderRequest request,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			JwtAuthenticationToken token) {
		if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
			throw new ServerWebInputException(IDEMPOTENCY_KEY + " must be 1 to 255 visible ASCII characters.");
		}
		return this.orders.place(Callers.userId(token), request.toItems(), idempotencyKey).map((placed) -> {
			ResponseEntity.BodyBuilder response = ResponseEntity.accepted()
				.location(URI.create("/api/orders/" + placed.order().id()));
			if (placed.replayed()) {
				response.header(IDEMPOTENT_REPLAYED, "true");
			}
			return response.body(OrderView.of(placed.order()));
		});
	}

	@GetMapping("/{id}")
	Mono<OrderView> one(@PathVariable UUID id, JwtAuthenticationToken token) {
		return this.orders.order(new OrderId(id), requester(token)).map(OrderView::of);
	}

	/** The caller's own orders, newest first, administrators included. */
	@GetMapping
	Mono<PageView<OrderView>> list(@RequestParam(required = false) OrderStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, JwtAuthenticationToken token) {
		return this.orders.ordersOf(Callers.userId(token), status, page, size)
			.map((result) -> new PageView<>(result.items().stream().map(OrderView::of).toList(), result.page(),
					result.size(), result.totalItems()));
	}

	@PostMapping("/{id}/cancel")
	Mono<OrderView> cancel(@PathVariable UUID id, JwtAuthenticationToken token) {
		return this.orders.cancel(new OrderId(id), requester(token)).map(OrderView::of);
	}

	private static Requester requester(JwtAuthenticationToken token) {
		return new Requester(Callers.userId(token), Callers.isAdmin(token));
	}

}
