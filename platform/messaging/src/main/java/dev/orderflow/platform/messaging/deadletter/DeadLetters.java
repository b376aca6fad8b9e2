package dev.orderflow.platform.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;

import dev.orderflow.platform.messaging.CloudEventHeaders;

/**
 * Lists and replays dead letters for operators. Reading uses a throw-away consumer that
 * commits nothing; a replay sends the record back to its original topic with its key,
 * value and CloudEvents headers, where the idempotent consumer makes a second replay
 * harmless.
 */
public class DeadLetters {

	static final String REPLAYED_FROM = "orderflow_replayed_from";

	private static final Duration POLL = Duration.ofMillis(500);

	private final ConsumerFactory<String, String> consumers;

	private final KafkaOperations<String, String> kafka;

	public DeadLetters(ConsumerFactory<String, String> consumers, KafkaOperations<String, String> kafka) {
		this.consumers = consumers;
		this.kafka = kafka;
	}

	/**
	 * The dead letters of a topic, oldest first.
	 * @param topic the original topic (or its {@code -dlt})
	 * @param max the most to return
	 * @return the dead letters
	 */
	public List<DeadLetter> list(String topic, int max) {
		String dlt = DeadLetterTopics.of(DeadLetterTopics.original(topic));
		List<DeadLetter> found = new ArrayList<>();
		try (Consumer<String, String> consumer = newConsumer()) {
			List<TopicPartition> partitions = partitions(consumer, dlt);
			if (partitions.isEmpty()) {
				return found;
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (found.size() < max && !reachedEnd(consumer, end) && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
					if (found.size() < max) {
						found.add(describe(record));
					}
				}
			}
		}
		return found;
	}

	/**
	 * Sends one dead letter back to its original topic.
	 * @param topic the original topic (or its {@code -dlt})
	 * @param partition the dead letter's partition
	 * @param offset the dead letter's offset
	 * @return what was replayed
	 */
	public DeadLetter replay(String topic, int partition, long offset) {
		String dlt = DeadLetterTopics.of(DeadLetterTopics.original(topic));
		try (Consumer<String, String> consumer = newConsumer()) {
			TopicPartition where = new TopicPartition(dlt, partition);
			consumer.assign(List.of(where));
			consumer.seek(where, offset);
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
					if (record.offset() == offset) {
						DeadLetter letter = describe(record);
						this.kafka.send(toOriginal(record, letter)).join();
						return letter;
					}
				}
			}
		}
		throw new IllegalArgumentException("No dead letter at %s-%d@%d".formatted(dlt, partition, offset));
	}

	private Consumer<String, String> newConsumer() {
		// reads to the end and closes: it must not wait on the services' long idle
		// fetches
		Properties reader = new Properties();
		reader.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
		return this.consumers.createConsumer("orderflow-dlt-reader-" + UUID.randomUUID(), "dlt-reader", null, reader);
	}

	private static List<TopicPartition> partitions(Consumer<String, String> consumer, String topic) {
		var infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
		return (infos != null) ? infos.stream().map((info) -> new TopicPartition(topic, info.partition())).toList()
				: List.of();
	}

	private static boolean reachedEnd(Consumer<String, String> consumer, Map<TopicPartition, Long> end) {
		return end.entrySet().stream().allMatch((entry) -> consumer.position(entry.getKey()) >= entry.getValue());
	}

	private static ProducerRecord<String, String> toOriginal(ConsumerRecord<String, String> record, DeadLetter letter) {
		ProducerRecord<String, String> replay = new ProducerRecord<>(letter.originalTopic(), record.key(),
				record.value());
		for (Header header : record.headers()) {
			if (!header.key().startsWith(KafkaHeaders.PREFIX)) {
				replay.headers().add(header);
			}
		}
		replay.headers()
			.add(REPLAYED_FROM, "%s-%d@%d".formatted(record.topic(), record.partition(), record.offset())
				.getBytes(StandardCharsets.UTF_8));
		return replay;
	}

	private static DeadLetter describe(ConsumerRecord<String, String> record) {
		String original = header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
		return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(),
				header(record, CloudEventHeaders.ID), header(record, CloudEventHeaders.TYPE),
				(original != null) ? original : DeadLetterTopics.original(record.topic()),
				header(record, KafkaHeaders.DLT_EXCEPTION_FQCN), header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE),
				record.value());
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
