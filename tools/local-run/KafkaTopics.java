import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the system's topics and their dead-letter topics with the partition count the
 * services expect (3); existing ones are left alone.
 *
 * Usage: java -cp 'lib/kafka/*' KafkaTopics.java BOOTSTRAP_SERVERS
 */
public class KafkaTopics {

	private static final List<String> TOPICS = List.of("orders.order.v1", "users.credit.v1", "users.user.v1");

	public static void main(String[] args) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
			for (String topic : TOPICS) {
				for (String name : List.of(topic, topic + "-dlt")) {
					try {
						admin.createTopics(List.of(new NewTopic(name, 3, (short) 1))).all().get();
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

}
