package dev.orderflow.user.auth;

import java.time.Duration;

/**
 * What goes into tokens and how long they live.
 *
 * @param issuer the {@code iss} claim
 * @param audience the {@code aud} claim
 * @param accessTokenTtl lifetime of an access token
 * @param refreshTokenTtl lifetime of a refresh token; each rotation issues one with a
 * full lifetime
 */
public record TokenSettings(String issuer, String audience, Duration accessTokenTtl, Duration refreshTokenTtl) {

}
