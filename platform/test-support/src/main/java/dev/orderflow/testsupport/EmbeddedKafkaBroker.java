package dev.orderflow.testsupport;

import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** spring-kafka-test's real Kafka broker in KRaft mode, running inside the test JVM. */
class EmbeddedKafkaBroker extends KafkaBroker {

	private final EmbeddedKafkaKraftBroker broker;

	EmbeddedKafkaBroker() {
		this.broker = new EmbeddedKafkaKraftBroker(1, 3);
		this.broker.brokerProperties(Map.of("auto.create.topics.enable", "true", "group.initial.rebalance.delay.ms",
				"0", "offsets.topic.replication.factor", "1", "transaction.state.log.replication.factor", "1",
				"transaction.state.log.min.isr", "1"));
		this.broker.afterPropertiesSet();
	}

	@Override
	public String bootstrapServers() {
		return this.broker.getBrokersAsString();
	}

	@Override
	protected void stop() {
		this.broker.destroy();
	}

}
