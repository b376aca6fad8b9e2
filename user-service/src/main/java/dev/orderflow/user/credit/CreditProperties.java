package dev.orderflow.user.credit;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The credit line of new users ({@code identity.credit.*}).
 *
 * @param currency the system currency
 * @param defaultLimit the limit of a new user
 */
@ConfigurationProperties("identity.credit")
record CreditProperties(@DefaultValue("EUR") String currency, @DefaultValue("1000.00") BigDecimal defaultLimit) {

}
