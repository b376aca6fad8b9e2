package dev.orderflow.order.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.orderflow.platform.web.security.AccessTokenSettings;

/**
 * Settings of order-service, under {@code orderflow.*}.
 *
 * @param currency the one system currency (ISO 4217) of prices and orders
 * @param security how access tokens are checked
 */
@ConfigurationProperties("orderflow")
record OrderServiceProperties(@DefaultValue("EUR") String currency, @DefaultValue AccessTokenSettings security) {

}
