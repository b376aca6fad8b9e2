package dev.orderflow.testsupport;

import org.testcontainers.kafka.KafkaContainer;

/**
 * Apache Kafka (KRaft) in a Testcontainers container, for machines with a Docker engine.
 */
class ContainerKafkaBroker extends KafkaBroker {

	private final KafkaContainer container;

	ContainerKafkaBroker() {
		this.container = new KafkaContainer("apache/kafka:4.1.1");
		this.container.start();
	}

	@Override
	public String bootstrapServers() {
		return this.container.getBootstrapServers();
	}

	@Override
	protected void stop() {
		this.container.stop();
	}

}
