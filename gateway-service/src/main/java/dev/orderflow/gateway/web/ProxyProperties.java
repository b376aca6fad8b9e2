package dev.orderflow.gateway.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The proxies in front of the gateway whose {@code X-Forwarded-For} is believed
 * ({@code gateway.trusted-proxies}, env {@code GATEWAY_TRUSTEDPROXIES}).
 *
 * @param trustedProxies addresses or CIDR ranges; none by default, so the peer is the
 * client
 */
@ConfigurationProperties("gateway")
record ProxyProperties(@DefaultValue List<String> trustedProxies) {
}
