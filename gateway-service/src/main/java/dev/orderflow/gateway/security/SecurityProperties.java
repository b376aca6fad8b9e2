package dev.orderflow.gateway.security;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How access tokens are checked at the edge ({@code gateway.security.*}).
 *
 * @param issuer the {@code iss} every token must carry (user-service's
 * {@code identity.tokens.issuer})
 * @param audience the {@code aud} every token must contain
 * @param jwkSetUri where the signing keys are; the host is a service id resolved through
 * the load balancer
 * @param clockSkew tolerated clock difference for {@code exp} and {@code nbf}
 * @param jwkSetTimeout how long to wait for the JWKS before failing the request
 */
@ConfigurationProperties("gateway.security")
record SecurityProperties(@DefaultValue("orderflow") String issuer, @DefaultValue("orderflow-api") String audience,
		@DefaultValue("http://user-service/.well-known/jwks.json") URI jwkSetUri,
		@DefaultValue("30s") Duration clockSkew, @DefaultValue("5s") Duration jwkSetTimeout) {

}
