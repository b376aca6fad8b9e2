package dev.orderflow.user.auth;

/**
 * What a successful login hands out.
 *
 * @param tokens the access and refresh tokens
 * @param deviceToken what the client sends with its next logins, so that they count as a
 * known device's (ADR 0018)
 */
record SignIn(TokenPair tokens, String deviceToken) {

}
