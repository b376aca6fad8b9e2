package dev.orderflow.user.account;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.orderflow.platform.web.PageView;
import dev.orderflow.platform.web.security.Callers;

/**
 * The caller's own profile, and administration (roles are enforced in the security
 * configuration).
 */
@RestController
@RequestMapping("/api/users")
class UserController {

	private final UserManagement users;

	private final CurrencyCheck currency;

	UserController(UserManagement users, CurrencyCheck currency) {
		this.users = users;
		this.currency = currency;
	}

	@GetMapping("/me")
	Mono<UserView> me(JwtAuthenticationToken caller) {
		return this.users.account(Callers.userId(caller)).map(UserView::of);
	}

	@GetMapping
	Mono<PageView<UserView>> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.users.accounts(page, size)
			.map((result) -> new PageView<>(result.items().stream().map(UserView::of).toList(), result.page(),
					result.size(), result.totalItems()));
	}

	@GetMapping("/{id}")
	Mono<UserView> one(@PathVariable UUID id) {
		return this.users.account(id).map(UserView::of);
	}

	@PatchMapping("/{id}")
	Mono<UserView> change(@PathVariable UUID id, @Valid @RequestBody ChangeUserRequest request) {
		return Mono.fromRunnable(() -> this.currency.check(request.creditLimit()))
			.then(this.users.change(id,
					new AccountChange((request.creditLimit() != null) ? request.creditLimit().amount() : null,
							request.status())))
			.map(UserView::of);
	}

}
