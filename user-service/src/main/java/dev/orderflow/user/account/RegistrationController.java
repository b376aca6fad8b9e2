package dev.orderflow.user.account;

import java.net.URI;
import java.util.Set;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegistrationController {

	private final UserManagement users;

	RegistrationController(UserManagement users) {
		this.users = users;
	}

	@PostMapping("/api/auth/register")
	Mono<ResponseEntity<UserView>> register(@Valid @RequestBody RegisterRequest request) {
		return this.users.register(request.email(), request.password(), request.name(), Set.of(Role.CUSTOMER))
			.map(UserView::of)
			.map((view) -> ResponseEntity.created(URI.create("/api/users/" + view.id())).body(view));
	}

}
