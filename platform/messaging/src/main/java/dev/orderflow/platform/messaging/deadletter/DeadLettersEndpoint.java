package dev.orderflow.platform.messaging.deadletter;

import java.util.List;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/deadletters/{topic}}: GET lists a topic's dead letters, POST
 * {@code {"partition": 0, "offset": 12}} replays one. Exposed on the management port
 * only, never through the gateway.
 */
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

	private static final int MAX_LISTED = 100;

	private final DeadLetters deadLetters;

	public DeadLettersEndpoint(DeadLetters deadLetters) {
		this.deadLetters = deadLetters;
	}

	@ReadOperation
	public List<DeadLetter> list(@Selector String topic) {
		return this.deadLetters.list(topic, MAX_LISTED);
	}

	@WriteOperation
	public DeadLetter replay(@Selector String topic, int partition, long offset) {
		return this.deadLetters.replay(topic, partition, offset);
	}

}
