package dev.orderflow.user.auth;

/**
 * What a successful login or refresh hands out.
 *
 * @param accessToken the signed JWT
 * @param refreshToken the opaque refresh token, shown once
 * @param expiresInSeconds lifetime of the access token
 */
record TokenPair(String accessToken, String refreshToken, long expiresInSeconds) {

}
