package dev.orderflow.order;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

import dev.orderflow.contracts.EventContracts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker as user-service sees it in the saga: tests send credit events and read every
 * order event order-service publishes, each checked against its contract.
 */
public final class SagaBroker implements AutoCloseable {

	public static final String ORDERS = "orders.order.v1";

	private final KafkaProducer<String, String> producer;

	private final Map<String, List<ConsumerRecord<String, String>>> orderEvents = new ConcurrentHashMap<>();

	private final List<String> violations = new CopyOnWriteArrayList<>();

	private final String bootstrap;

	private volatile boolean reading = true;

	private final Thread reader;

	public SagaBroker(String bootstrap) {
		this.bootstrap = bootstrap;
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
						StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
		this.reader = new Thread(this::readOrderEvents, "order-events-reader");
		this.reader.start();
	}

	public void send(ProducerRecord<String, String> record) {
		try {
			this.producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The order events of one order read so far, oldest first.
	 * @param orderId the order
	 * @return its events
	 */
	public List<ConsumerRecord<String, String>> events(UUID orderId) {
		return List.copyOf(this.orderEvents.getOrDefault(orderId.toString(), List.of()));
	}

	public List<String> types(UUID orderId) {
		return events(orderId).stream().map(SagaBroker::type).toList();
	}

	/**
	 * Waits for an order event of a type.
	 * @param orderId the order, also the record key
	 * @param type the event type
	 * @return the first such event
	 */
	public ConsumerRecord<String, String> await(UUID orderId, String type) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> events(orderId).stream()
				.filter((record) -> type(record).equals(type))
				.findFirst()
				.orElse(null), (found) -> found != null);
	}

	/** Fails if order-service published anything that breaks its contract. */
	public void assertEveryEventHonoursItsContract() {
		assertThat(this.violations).isEmpty();
	}

	@Override
	public void close() throws InterruptedException {
		this.reading = false;
		this.reader.join(5000);
		this.producer.close();
	}

	public static String type(ConsumerRecord<String, String> record) {
		return header(record, "ce_type");
	}

	public static String header(ConsumerRecord<String, String> record, String name) {
		return (record.headers().lastHeader(name) != null)
				? new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8) : null;
	}

	private void readOrderEvents() {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap, ConsumerConfig.GROUP_ID_CONFIG,
						"test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
						ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
			consumer.subscribe(List.of(ORDERS));
			while (this.reading) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					check(record);
					this.orderEvents.computeIfAbsent(record.key(), (key) -> new CopyOnWriteArrayList<>()).add(record);
				}
			}
		}
	}

	private void check(ConsumerRecord<String, String> record) {
		String type = type(record);
		if (type == null || !EventContracts.exists(ORDERS, type)) {
			this.violations.add("No contract for " + type + " at " + record.offset());
			return;
		}
		EventContracts.violations(ORDERS, type, record.value())
			.forEach((violation) -> this.violations.add(type + " of " + record.key() + ": " + violation));
	}

}
