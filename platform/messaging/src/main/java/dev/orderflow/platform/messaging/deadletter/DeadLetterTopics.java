package dev.orderflow.platform.messaging.deadletter;

/** The naming rule of dead-letter topics: {@code <topic>-dlt}. */
public final class DeadLetterTopics {

	public static final String SUFFIX = "-dlt";

	private DeadLetterTopics() {
	}

	public static String of(String topic) {
		return topic + SUFFIX;
	}

	public static String original(String deadLetterTopic) {
		return deadLetterTopic.endsWith(SUFFIX)
				? deadLetterTopic.substring(0, deadLetterTopic.length() - SUFFIX.length()) : deadLetterTopic;
	}

}
