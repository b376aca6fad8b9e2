package dev.orderflow.user.auth;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.orderflow.user.auth.keys.SigningKeys;

/** Publishes the public half of every configured signing key (RFC 7517). */
@RestController
class JwksController {

	private final Map<String, Object> jwks;

	JwksController(SigningKeys keys) {
		this.jwks = keys.publicKeys().toJSONObject(true);
	}

	@GetMapping(path = "/.well-known/jwks.json", produces = { "application/jwk-set+json", "application/json" })
	ResponseEntity<Map<String, Object>> jwks() {
		// Short caching: verifiers refetch on an unknown kid anyway, and rotation must
		// show soon.
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5))).body(this.jwks);
	}

}
