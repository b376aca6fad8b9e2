package dev.orderflow.user.auth.web;

import dev.orderflow.user.auth.TokenPair;

record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {

	static TokenResponse of(TokenPair pair) {
		return new TokenResponse(pair.accessToken(), pair.refreshToken(), "Bearer", pair.expiresInSeconds());
	}

}
