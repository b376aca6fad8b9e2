package dev.orderflow.gateway.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which browser origins may call the API ({@code gateway.cors.*}). No origin is allowed
 * unless listed. Credentials (cookies) are never allowed: the API authenticates with
 * bearer tokens only.
 *
 * @param allowedOrigins exact origins, e.g. {@code https://shop.example.com}
 * @param allowedMethods methods a cross-origin request may use
 * @param allowedHeaders request headers a cross-origin request may send
 * @param exposedHeaders response headers a browser script may read
 * @param maxAge how long a browser may cache a preflight answer
 */
@ConfigurationProperties("gateway.cors")
record CorsProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue( {
		"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" }) List<String> allowedMethods,
		@DefaultValue({ "Authorization", "Content-Type", "Idempotency-Key",
				"X-Request-Id" }) List<String> allowedHeaders,
		@DefaultValue({ "X-Request-Id", "Location", "Retry-After",
				"X-RateLimit-Remaining" }) List<String> exposedHeaders,
		@DefaultValue("30m") Duration maxAge){

}
