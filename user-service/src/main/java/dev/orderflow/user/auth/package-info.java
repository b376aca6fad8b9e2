/** Login, access tokens (RS256 JWT) and rotating refresh tokens with reuse detection. */
package dev.orderflow.user.auth;
