package dev.orderflow.platform.messaging;

import java.time.Clock;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.observation.ObservationRegistry;
import io.r2dbc.spi.ConnectionFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.orderflow.platform.messaging.deadletter.DeadLetterErrorHandlers;
import dev.orderflow.platform.messaging.deadletter.DeadLetters;
import dev.orderflow.platform.messaging.deadletter.DeadLettersEndpoint;
import dev.orderflow.platform.messaging.inbox.EventPayloads;
import dev.orderflow.platform.messaging.inbox.IdempotentConsumer;
import dev.orderflow.platform.messaging.outbox.Outbox;
import dev.orderflow.platform.messaging.outbox.OutboxRelay;
import dev.orderflow.platform.messaging.outbox.CurrentTraceHeaders;
import dev.orderflow.platform.messaging.outbox.TraceHeaders;
import dev.orderflow.platform.transactions.TransactionsAutoConfiguration;
import dev.orderflow.platform.transactions.WholeTransactions;

/** The messaging platform for a service with an R2DBC database and Kafka. */
@AutoConfiguration(after = TransactionsAutoConfiguration.class,
		afterName = { "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
				"org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
				"org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration",
				"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
				"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ KafkaTemplate.class, DatabaseClient.class })
@ConditionalOnBean({ ConnectionFactory.class, DatabaseClient.class, KafkaTemplate.class })
@EnableConfigurationProperties({ MessagingProperties.class, TopicSettings.class })
public class MessagingAutoConfiguration {

	/**
	 * Runs after the service's own Flyway migration when there is one: that one must find
	 * an empty schema on a new database.
	 */
	@Bean
	MessagingSchema messagingSchema(Environment environment, ListableBeanFactory beans) {
		if (beans.containsBean("flywayInitializer")) {
			beans.getBean("flywayInitializer");
		}
		return new MessagingSchema(environment);
	}

	@Bean
	@ConditionalOnMissingBean
	Outbox outbox(MessagingSchema schema, DatabaseClient db, ObjectProvider<JsonMapper> json,
			MessagingProperties properties, Environment environment, ObjectProvider<TraceHeaders> traceHeaders) {
		String source = (properties.source() != null && !properties.source().isBlank()) ? properties.source()
				: "/" + environment.getProperty("spring.application.name", "unknown");
		return new Outbox(db, json.getIfAvailable(JsonMapper::new), source, Clock.systemUTC(),
				traceHeaders.getIfAvailable(TraceHeaders::none));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(name = "orderflow.messaging.relay.enabled", matchIfMissing = true)
	OutboxRelay outboxRelay(MessagingSchema schema, ConnectionFactory connections, DatabaseClient db,
			WholeTransactions transactions, KafkaTemplate<String, String> kafka, ObjectProvider<JsonMapper> json,
			MessagingProperties properties, ObjectProvider<MeterRegistry> meters) {
		return new OutboxRelay(connections, db, transactions, kafka, json.getIfAvailable(JsonMapper::new),
				properties.relay(), meters.getIfAvailable(() -> Metrics.globalRegistry), Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	IdempotentConsumer idempotentConsumer(MessagingSchema schema, DatabaseClient db, WholeTransactions transactions,
			ObjectProvider<MeterRegistry> meters, ObjectProvider<ObservationRegistry> observations) {
		return new IdempotentConsumer(db, transactions, meters.getIfAvailable(() -> Metrics.globalRegistry),
				observations.getIfAvailable(() -> ObservationRegistry.NOOP), Clock.systemUTC());
	}

	/**
	 * Creates what is missing of {@link EventTopics}; a topic that exists is left as it
	 * is.
	 */
	@Bean
	KafkaAdmin.NewTopics eventTopics(TopicSettings topics) {
		return new KafkaAdmin.NewTopics(EventTopics.withDeadLetters()
			.stream()
			.map((name) -> TopicBuilder.name(name).partitions(topics.partitions()).replicas(topics.replicas()).build())
			.toArray(NewTopic[]::new));
	}

	@Bean
	@ConditionalOnMissingBean
	EventPayloads eventPayloads(ObjectProvider<JsonMapper> json) {
		return new EventPayloads(json.getIfAvailable(JsonMapper::new));
	}

	@Bean
	@ConditionalOnMissingBean
	Housekeeping messagingHousekeeping(MessagingSchema schema, DatabaseClient db, MessagingProperties properties) {
		return new Housekeeping(db, properties.retention());
	}

	/** Picked up by Boot's listener container factory. */
	@Bean
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	CommonErrorHandler deadLetterErrorHandler(KafkaTemplate<String, String> kafka, MessagingProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		return DeadLetterErrorHandlers.create(kafka, properties.consumer(),
				meters.getIfAvailable(() -> Metrics.globalRegistry));
	}

	@Bean
	@ConditionalOnMissingBean
	DeadLetters deadLetters(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> kafka) {
		return new DeadLetters(consumers, kafka);
	}

	/**
	 * Producer and consumer settings the platform's guarantees (and the relay's drain
	 * rate) rest on; a service cannot weaken them by accident in its configuration.
	 */
	@Bean
	DefaultKafkaProducerFactoryCustomizer reliableProducer() {
		return (factory) -> factory
			.updateConfigs(Map.of(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.ACKS_CONFIG, "all",
					ProducerConfig.LINGER_MS_CONFIG, 1, ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
					// send() blocks at most this long for metadata while Kafka is down
					ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
					ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
					// 128 KB, not 16: a backlog leaves in fewer requests (4,340 events/s,
					// not 3,270); linger.ms, not the size, bounds a lone event's wait
					ProducerConfig.BATCH_SIZE_CONFIG, 131_072));
	}

	@Bean
	DefaultKafkaConsumerFactoryCustomizer committingAfterProcessingConsumer() {
		return (factory) -> factory.updateConfigs(Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
				// A crashed instance's partitions move to a live one after this long
				// (45 s by default): it bounds a saga step's wait after a kill.
				ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000, ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000,
				// How long the broker holds a fetch while nothing has arrived. A record
				// ends the wait at once, so flowing events wait for nothing; at 500 ms
				// (the default) every idle consumer made the broker answer twice a
				// second, most of the system's CPU at rest. Not longer: a partition that
				// becomes fetchable (assigned, or sought back after a failed record)
				// waits for the fetch in flight to the same broker.
				ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 2_000));
	}

	/**
	 * Stores the current trace context ({@code traceparent}) with every event, so the
	 * consumer's span joins the trace of the request that caused the event.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.tracing.Tracer")
	static class TraceHeadersConfiguration {

		@Bean
		@ConditionalOnMissingBean
		TraceHeaders traceHeaders(ObjectProvider<io.micrometer.tracing.Tracer> tracer,
				ObjectProvider<io.micrometer.tracing.propagation.Propagator> propagator) {
			return new CurrentTraceHeaders(tracer, propagator);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Endpoint.class)
	static class DeadLettersEndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		DeadLettersEndpoint deadLettersEndpoint(DeadLetters deadLetters) {
			return new DeadLettersEndpoint(deadLetters);
		}

	}

}
