package dev.orderflow.user.auth;

record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {

	static TokenResponse of(TokenPair pair) {
		return new TokenResponse(pair.accessToken(), pair.refreshToken(), "Bearer", pair.expiresInSeconds());
	}

}
