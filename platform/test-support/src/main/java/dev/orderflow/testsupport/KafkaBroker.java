package dev.orderflow.testsupport;

/**
 * One real Kafka broker (KRaft) per test JVM. Tests isolate themselves by consumer group
 * and, where they need it, by topic names of their own.
 */
public abstract class KafkaBroker {

	private static KafkaBroker shared;

	/**
	 * The broker of this JVM, started on first use: a container when Docker is available,
	 * spring-kafka-test's in-JVM KRaft broker otherwise.
	 * @return the running broker
	 */
	public static synchronized KafkaBroker shared() {
		if (shared == null) {
			shared = Infrastructure.useContainers() ? new ContainerKafkaBroker() : new EmbeddedKafkaBroker();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "kafka-stop"));
		}
		return shared;
	}

	/**
	 * The bootstrap servers, as {@code host:port[,host:port]}.
	 * @return where clients connect
	 */
	public abstract String bootstrapServers();

	protected abstract void stop();

}
