package dev.orderflow.notification.config;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics this service consumes and their dead-letter topics, created at start-up with
 * the partition count the producers use, so that the service can start before them
 * (existing topics are left alone).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TopicsConfiguration.TopicProperties.class)
class TopicsConfiguration {

	@Bean
	NewTopic orderTopic(TopicProperties topics) {
		return topic("orders.order.v1", topics);
	}

	@Bean
	NewTopic userTopic(TopicProperties topics) {
		return topic("users.user.v1", topics);
	}

	@Bean
	NewTopic orderDeadLetterTopic(TopicProperties topics) {
		return topic("orders.order.v1-dlt", topics);
	}

	@Bean
	NewTopic userDeadLetterTopic(TopicProperties topics) {
		return topic("users.user.v1-dlt", topics);
	}

	private static NewTopic topic(String name, TopicProperties topics) {
		return TopicBuilder.name(name).partitions(topics.partitions()).replicas(topics.replicas()).build();
	}

	/**
	 * Topic layout.
	 *
	 * @param partitions partitions per topic: the most consumers of one group that share
	 * it
	 * @param replicas copies of each partition (3 in production)
	 */
	@ConfigurationProperties("orderflow.topics")
	record TopicProperties(@DefaultValue("3") int partitions, @DefaultValue("1") int replicas) {

	}

}
