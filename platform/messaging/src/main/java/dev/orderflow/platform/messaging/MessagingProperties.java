package dev.orderflow.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the messaging platform, under {@code orderflow.messaging.*}.
 *
 * @param source the CloudEvents {@code ce_source} of this service; {@code /<application
 * name>} when blank
 * @param relay the outbox relay
 * @param consumer the consumers' retries before a record is dead-lettered
 * @param retention how long sent outbox rows and processed event ids are kept
 */
@ConfigurationProperties("orderflow.messaging")
public record MessagingProperties(String source, @DefaultValue Relay relay, @DefaultValue Consumer consumer,
		@DefaultValue Retention retention) {

	/**
	 * The outbox relay.
	 *
	 * @param enabled whether this instance publishes outbox rows
	 * @param pollInterval the fallback wake-up when no NOTIFY arrives
	 * @param batchSize rows published at most per round (a backlog drains a batch per
	 * round trip: 1,000 drained 3,270 events/s where 200 drained 1,950)
	 * @param initialBackoff wait after a failed publish
	 * @param maxBackoff the longest wait between attempts while Kafka is down (an attempt
	 * also waits for the broker's metadata, up to the producer's {@code max.block.ms},
	 * and goes on at once when the broker answers)
	 * @param metricsInterval how often the backlog gauges are read from the outbox (a
	 * {@code GROUP BY} over every unsent row: 180 ms at 25,000 rows waiting for Kafka;
	 * Prometheus scrapes every 15 s)
	 * @param haltAfterAcknowledged a fault switch for the fault tests only: the JVM halts
	 * after the broker acknowledged a batch and before its rows are marked sent, the one
	 * moment a crash publishes events twice (never set in a deployment)
	 */
	public record Relay(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollInterval,
			@DefaultValue("1000") int batchSize, @DefaultValue("200ms") Duration initialBackoff,
			@DefaultValue("2s") Duration maxBackoff, @DefaultValue("5s") Duration metricsInterval,
			@DefaultValue("false") boolean haltAfterAcknowledged) {

	}

	/**
	 * Consumer error handling.
	 *
	 * @param retries attempts after the first failure before the record goes to the DLT
	 * @param initialBackoff wait before the first retry
	 * @param maxBackoff the longest wait between retries
	 */
	public record Consumer(@DefaultValue("3") int retries, @DefaultValue("200ms") Duration initialBackoff,
			@DefaultValue("2s") Duration maxBackoff) {

	}

	/**
	 * Retention of bookkeeping rows.
	 *
	 * @param sentOutbox how long published outbox rows stay (for audit and re-publishing)
	 * @param processedEvents how long consumed event ids stay; longer than any redelivery
	 * @param purgeInterval how often both are purged
	 */
	public record Retention(@DefaultValue("7d") Duration sentOutbox, @DefaultValue("14d") Duration processedEvents,
			@DefaultValue("1h") Duration purgeInterval) {

	}

}
