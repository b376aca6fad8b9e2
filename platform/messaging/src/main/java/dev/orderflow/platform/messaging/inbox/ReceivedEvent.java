package dev.orderflow.platform.messaging.inbox;

/**
 * A consumed event as a handler sees it.
 *
 * @param id the CloudEvents id
 * @param type the CloudEvents type
 * @param key the record key
 * @param payload the JSON data
 */
public record ReceivedEvent(String id, String type, String key, String payload) {

}
