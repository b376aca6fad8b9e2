package dev.orderflow.platform.messaging.deadletter;

/**
 * One dead-lettered record, as an operator sees it.
 *
 * @param topic the dead-letter topic
 * @param partition its partition
 * @param offset its offset
 * @param key the record key
 * @param eventId the CloudEvents id, if it had one
 * @param eventType the CloudEvents type, if it had one
 * @param originalTopic where it failed
 * @param exception the exception class that sent it here
 * @param reason the exception message
 * @param payload the value, as received
 */
public record DeadLetter(String topic, int partition, long offset, String key, String eventId, String eventType,
		String originalTopic, String exception, String reason, String payload) {

}
