import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import dev.orderflow.platform.messaging.EventTopics;

/**
 * Creates the system's topics and their dead-letter topics, as the services declare them
 * (platform/messaging's EventTopics), before the services start; existing ones are left
 * alone.
 *
 * Usage: java -cp 'lib/kafka/*:platform-messaging.jar' KafkaTopics.java BOOTSTRAP_SERVERS
 */
public class KafkaTopics {

	public static void main(String[] args) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
			for (String name : EventTopics.withDeadLetters()) {
				try {
					admin.createTopics(List.of(new NewTopic(name, EventTopics.DEFAULT_PARTITIONS, (short) 1)))
						.all()
						.get();
					System.out.println("created " + name);
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw ex;
					}
				}
			}
		}
	}

}
