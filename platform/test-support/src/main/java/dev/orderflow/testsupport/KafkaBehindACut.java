package dev.orderflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A Kafka broker of its own behind a {@link NetworkCut}, for a test that takes Kafka
 * "down" and brings it back on the same address without disturbing the shared broker of
 * the other tests. Clients learn the broker's address from its metadata, so the broker
 * advertises the address in front of the cut.
 */
public final class KafkaBehindACut implements AutoCloseable {

	private final int advertisedPort = freePort();

	private final EmbeddedKafkaKraftBroker broker;

	private final NetworkCut network;

	private KafkaBehindACut() {
		this.broker = new EmbeddedKafkaKraftBroker(1, 1);
		this.broker.brokerProperties(Map.of("auto.create.topics.enable", "true", "advertised.listeners",
				"EXTERNAL://127.0.0.1:" + this.advertisedPort));
		this.broker.afterPropertiesSet();
		this.network = new NetworkCut(this.advertisedPort, brokerPort(this.broker));
	}

	/**
	 * @return a running broker, reachable
	 */
	public static KafkaBehindACut start() {
		KafkaBehindACut kafka = new KafkaBehindACut();
		kafka.connect();
		return kafka;
	}

	/**
	 * @return the address clients use: the one in front of the cut
	 */
	public String bootstrapServers() {
		return "127.0.0.1:" + this.advertisedPort;
	}

	/** Kafka is unreachable until {@link #connect()}: open connections drop. */
	public void cut() {
		this.network.cut();
	}

	/** Kafka is reachable again, at the same address. */
	public void connect() {
		try {
			this.network.connect();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.network.close();
		this.broker.destroy();
	}

	private static int brokerPort(EmbeddedKafkaKraftBroker broker) {
		String first = broker.getBrokersAsString().split(",")[0];
		return Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
