/**
 * Login, access tokens (RS256 JWT) and rotating refresh tokens with reuse detection, with
 * their HTTP API and the JWKS.
 */
package dev.orderflow.user.auth;
