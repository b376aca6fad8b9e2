package dev.orderflow.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for tests: what a foreign producer sends, what a consumer sees. */
final class KafkaTestRecords {

	private KafkaTestRecords() {
	}

	static void send(String bootstrap, ProducerRecord<String, String> record) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
			producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static ProducerRecord<String, String> event(String topic, String id, String key, String payload) {
		return event(topic, id, key, payload, "TestHappened");
	}

	static ProducerRecord<String, String> event(String topic, String id, String key, String payload, String type) {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
		if (id != null) {
			record.headers().add(CloudEventHeaders.ID, id.getBytes(StandardCharsets.UTF_8));
		}
		record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
		return record;
	}

	/**
	 * Reads a topic from the beginning until {@code done} holds for what was read, or 30
	 * s.
	 */
	static List<ConsumerRecord<String, String>> readUntil(String bootstrap, String topic,
			Predicate<List<ConsumerRecord<String, String>>> done) {
		List<ConsumerRecord<String, String>> read = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG,
						"reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
						ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (!done.test(read) && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(300)).forEach(read::add);
			}
		}
		return read;
	}

	static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
