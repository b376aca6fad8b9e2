package dev.orderflow.platform.messaging;

import java.util.List;
import java.util.stream.Stream;

import dev.orderflow.platform.messaging.deadletter.DeadLetterTopics;

/**
 * The one declaration of the system's topics (docs/events): every service creates them at
 * start if they are missing, and so does the local runner ({@code tools/local-run}),
 * which runs this class without Spring. A topic's key and schema are in
 * {@code contracts/}.
 */
public final class EventTopics {

	/** Order events, keyed by order id; produced by order-service. */
	public static final String ORDERS = "orders.order.v1";

	/** Credit events, keyed by order id; produced by user-service. */
	public static final String CREDIT = "users.credit.v1";

	/** User events, keyed by user id; produced by user-service. */
	public static final String USERS = "users.user.v1";

	/** The event topics; each has a dead-letter topic beside it. */
	public static final List<String> ALL = List.of(ORDERS, CREDIT, USERS);

	/**
	 * Partitions of each topic unless configured: the most consumers of one group that
	 * share its work.
	 */
	public static final int DEFAULT_PARTITIONS = 3;

	private EventTopics() {
	}

	/**
	 * @return every event topic and its dead-letter topic
	 */
	public static List<String> withDeadLetters() {
		return ALL.stream().flatMap((topic) -> Stream.of(topic, topic + DeadLetterTopics.SUFFIX)).toList();
	}

}
