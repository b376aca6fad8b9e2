package dev.orderflow.gateway.resilience;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the gateway tells clients when a service is unavailable
 * ({@code gateway.resilience.*}). Circuit breaker, time limiter and retry settings are
 * Resilience4j's and Spring Cloud Gateway's own properties in {@code application.yml}.
 *
 * @param retryAfter the {@code Retry-After} of a 503; about the circuit breaker's wait in
 * the open state, so a client returning then finds it half-open
 */
@ConfigurationProperties("gateway.resilience")
public record ResilienceProperties(@DefaultValue("10s") Duration retryAfter) {

}
