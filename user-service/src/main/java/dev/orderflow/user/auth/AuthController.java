package dev.orderflow.user.auth;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.orderflow.platform.web.security.Callers;

@RestController
@RequestMapping("/api/auth")
class AuthController {

	private final Authenticator authenticator;

	AuthController(Authenticator authenticator) {
		this.authenticator = authenticator;
	}

	@PostMapping("/login")
	Mono<TokenResponse> login(@Valid @RequestBody LoginRequest request) {
		return this.authenticator.login(request.email(), request.password(), request.deviceToken())
			.map(TokenResponse::of);
	}

	@PostMapping("/refresh")
	Mono<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request) {
		return this.authenticator.refresh(request.refreshToken()).map(TokenResponse::of);
	}

	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> logout(JwtAuthenticationToken caller, @Valid @RequestBody RefreshRequest request) {
		return this.authenticator.logout(Callers.userId(caller), request.refreshToken());
	}

}
