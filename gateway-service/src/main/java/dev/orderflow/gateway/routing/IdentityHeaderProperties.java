package dev.orderflow.gateway.routing;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request headers removed before routing because they claim an identity
 * ({@code gateway.identity-headers.*}).
 *
 * @param names exact names (case-insensitive)
 * @param prefixes name prefixes (case-insensitive)
 */
@ConfigurationProperties("gateway.identity-headers")
record IdentityHeaderProperties(@DefaultValue( {
		"X-User-Id", "X-User-Roles", "X-User-Email", "X-Authenticated-User", "X-Forwarded-User", "X-Remote-User",
		"Remote-User" }) List<String> names, @DefaultValue("X-User-") List<String> prefixes){

}
