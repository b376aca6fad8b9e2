package dev.orderflow.platform.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The layout of the topics of {@link EventTopics}, as a service creates them when they
 * are missing ({@code orderflow.topics.*}).
 *
 * @param partitions partitions per topic: the most consumers of one group that share it
 * @param replicas copies of each partition (3 in production)
 */
@ConfigurationProperties("orderflow.topics")
public record TopicSettings(@DefaultValue("" + EventTopics.DEFAULT_PARTITIONS) int partitions,
		@DefaultValue("1") int replicas) {

}
