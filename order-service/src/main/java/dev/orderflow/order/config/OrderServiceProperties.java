package dev.orderflow.order.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.orderflow.platform.web.security.AccessTokenSettings;

/**
 * Settings of order-service, under {@code orderflow.*}.
 *
 * @param currency the one system currency (ISO 4217) of prices and orders
 * @param security how access tokens are checked
 * @param saga how long the order saga waits for user-service
 */
@ConfigurationProperties("orderflow")
public record OrderServiceProperties(@DefaultValue("EUR") String currency, @DefaultValue AccessTokenSettings security,
		@DefaultValue Saga saga) {

	/**
	 * The saga's deadline ({@code orderflow.saga.*}).
	 *
	 * @param deadline how long an order may stay PENDING; then it is rejected with
	 * TIMEOUT (applies to orders placed after a change)
	 * @param deadlineCheckInterval how often each replica looks for overdue orders
	 * @param deadlineBatchSize the most overdue orders one replica rejects per check
	 */
	public record Saga(@DefaultValue("30s") Duration deadline, @DefaultValue("1s") Duration deadlineCheckInterval,
			@DefaultValue("200") int deadlineBatchSize) {

	}

}
