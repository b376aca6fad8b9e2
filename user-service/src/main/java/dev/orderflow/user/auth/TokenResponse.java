package dev.orderflow.user.auth;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The tokens as the API returns them.
 *
 * @param accessToken the signed JWT
 * @param refreshToken the opaque refresh token
 * @param tokenType always {@code Bearer}
 * @param expiresIn the access token's lifetime in seconds
 * @param deviceToken after a login only: what the client sends with its next logins (ADR
 * 0018)
 */
record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn,
		@JsonInclude(JsonInclude.Include.NON_NULL) String deviceToken) {

	static TokenResponse of(TokenPair pair) {
		return new TokenResponse(pair.accessToken(), pair.refreshToken(), "Bearer", pair.expiresInSeconds(), null);
	}

	static TokenResponse of(SignIn signIn) {
		TokenPair pair = signIn.tokens();
		return new TokenResponse(pair.accessToken(), pair.refreshToken(), "Bearer", pair.expiresInSeconds(),
				signIn.deviceToken());
	}

}
