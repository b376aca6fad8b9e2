package dev.orderflow.user.credit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.orderflow.contracts.EventContracts;
import dev.orderflow.platform.messaging.deadletter.DeadLetters;
import dev.orderflow.user.UserServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** user-service as a saga participant, against the real broker and database (I2, I3). */
class CreditSagaIT extends UserServiceIntegrationTest {

	@Autowired
	DatabaseClient db;

	@Autowired
	DeadLetters deadLetters;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	KafkaProducer<String, String> producer;

	/** Credit events by order id, read continuously from users.credit.v1. */
	final Map<String, List<ConsumerRecord<String, String>>> creditEvents = new ConcurrentHashMap<>();

	private volatile boolean reading = true;

	private Thread reader;

	@BeforeEach
	void clients() {
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap,
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
		this.reader = new Thread(this::readCreditEvents, "credit-events-reader");
		this.reader.start();
	}

	@AfterEach
	void close() throws InterruptedException {
		this.reading = false;
		this.reader.join(5000);
		this.producer.close();
	}

	@Test
	void reservesTheOrderTotalAndAnnouncesIt() {
		UUID user = registeredUser("reserve@example.com");
		UUID order = UUID.randomUUID();

		send(SagaFixtures.orderCreated(order, user, "250.00"));

		ConsumerRecord<String, String> event = awaitCreditEvent(order, "CreditReserved");
		EventContracts.assertValid("users.credit.v1", "CreditReserved", event.value());
		assertThat(event.key()).isEqualTo(order.toString());
		assertThat(event.value()).contains("\"amount\": \"250.00\"").contains(user.toString());
		assertThat(reserved(user)).isEqualByComparingTo("250.00");
	}

	@Test
	void continuesTheOrdersTraceInTheCreditEvent() {
		UUID user = registeredUser("traced@example.com");
		UUID order = UUID.randomUUID();
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		ProducerRecord<String, String> created = SagaFixtures.orderCreated(order, user, "10.00");
		created.headers()
			.add("traceparent", ("00-" + traceId + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));

		send(created);

		ConsumerRecord<String, String> event = awaitCreditEvent(order, "CreditReserved");
		assertThat(new String(event.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
			.startsWith("00-" + traceId + "-");
	}

	@Test
	void rejectsAnOrderBeyondTheAvailableCredit() {
		UUID user = registeredUser("poor@example.com");
		UUID order = UUID.randomUUID();

		send(SagaFixtures.orderCreated(order, user, "1000.01"));

		assertThat(rejectionOf(order)).isEqualTo("INSUFFICIENT_CREDIT");
		assertThat(reserved(user)).isEqualByComparingTo("0.00");
	}

	@Test
	void rejectsAnOrderOfAnUnknownUser() {
		UUID order = UUID.randomUUID();

		send(SagaFixtures.orderCreated(order, UUID.randomUUID(), "10.00"));

		assertThat(rejectionOf(order)).isEqualTo("USER_NOT_FOUND");
	}

	@Test
	void rejectsAnOrderOfASuspendedUser() {
		UUID user = registeredUser("suspended@example.com");
		this.db.sql("UPDATE users SET status = 'SUSPENDED' WHERE id = :id").bind("id", user).then().block();
		UUID order = UUID.randomUUID();

		send(SagaFixtures.orderCreated(order, user, "10.00"));

		assertThat(rejectionOf(order)).isEqualTo("USER_SUSPENDED");
		assertThat(reserved(user)).isEqualByComparingTo("0.00");
	}

	@Test
	void releasesTheCreditOfACancelledOrder() {
		UUID user = registeredUser("cancel@example.com");
		UUID order = UUID.randomUUID();
		send(SagaFixtures.orderCreated(order, user, "300.00"));
		awaitCreditEvent(order, "CreditReserved");

		send(SagaFixtures.orderCancelled(order, user, "300.00"));

		EventContracts.assertValid("users.credit.v1", "CreditReleased",
				awaitCreditEvent(order, "CreditReleased").value());
		assertThat(reserved(user)).isEqualByComparingTo("0.00");
	}

	@Test
	void releasesTheCreditOfAnOrderRejectedByItsDeadline() {
		UUID user = registeredUser("late@example.com");
		UUID order = UUID.randomUUID();
		send(SagaFixtures.orderCreated(order, user, "120.00"));
		awaitCreditEvent(order, "CreditReserved");

		send(SagaFixtures.orderRejected(order, user, "120.00", "TIMEOUT"));

		awaitCreditEvent(order, "CreditReleased");
		assertThat(reserved(user)).isEqualByComparingTo("0.00");
	}

	@Test
	void reservesNothingForAnOrderThatEndedBeforeItsCreditWasAskedFor() {
		UUID user = registeredUser("ended@example.com");
		UUID order = UUID.randomUUID();
		UUID marker = UUID.randomUUID();

		send(SagaFixtures.orderRejected(order, user, "50.00", "TIMEOUT"));
		send(SagaFixtures.orderCreated(order, user, "50.00"));
		send(SagaFixtures.orderCreated(marker, user, "1.00"));

		awaitCreditEvent(marker, "CreditReserved");
		assertThat(this.creditEvents.getOrDefault(order.toString(), List.of())).isEmpty();
		assertThat(reserved(user)).isEqualByComparingTo("1.00");
	}

	@Test
	void takesEffectOnceWhenTheSameEventIsDeliveredTwice() {
		UUID user = registeredUser("twice@example.com");
		UUID order = UUID.randomUUID();
		UUID marker = UUID.randomUUID();
		ProducerRecord<String, String> created = SagaFixtures.orderCreated(order, user, "400.00");

		send(created);
		send(SagaFixtures.withId(created,
				new String(created.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)));
		send(SagaFixtures.orderCreated(marker, user, "1.00"));

		awaitCreditEvent(marker, "CreditReserved");
		assertThat(this.creditEvents.get(order.toString())).hasSize(1);
		assertThat(reserved(user)).isEqualByComparingTo("401.00");
	}

	@Test
	void neverReservesBeyondTheLimitUnderConcurrentOrders() {
		UUID user = registeredUser("rush@example.com");
		List<UUID> orders = IntStream.range(0, 40).mapToObj((i) -> UUID.randomUUID()).toList();

		orders.forEach((order) -> this.producer.send(SagaFixtures.orderCreated(order, user, "100.00")));
		this.producer.flush();

		await().atMost(Duration.ofSeconds(60))
			.until(() -> orders.stream().allMatch((order) -> this.creditEvents.containsKey(order.toString())));
		long approved = orders.stream()
			.filter((order) -> type(this.creditEvents.get(order.toString()).get(0)).equals("CreditReserved"))
			.count();
		assertThat(approved).isEqualTo(10);
		assertThat(reserved(user)).isEqualByComparingTo("1000.00");
	}

	@Test
	void deadLettersAMalformedOrderEventAndKeepsProcessing() {
		UUID user = registeredUser("poison@example.com");
		UUID broken = UUID.randomUUID();
		UUID after = UUID.randomUUID();
		ProducerRecord<String, String> valid = SagaFixtures.orderCreated(broken, user, "5.00");
		ProducerRecord<String, String> malformed = new ProducerRecord<>(valid.topic(), valid.key(),
				"{\"orderId\": \"" + broken + "\", \"total\": \"five euros\"}");
		valid.headers().forEach((header) -> malformed.headers().add(header));

		send(malformed);
		send(SagaFixtures.orderCreated(after, user, "5.00"));

		awaitCreditEvent(after, "CreditReserved");
		await().untilAsserted(() -> assertThat(this.deadLetters.list("orders.order.v1", 100))
			.anyMatch((letter) -> letter.payload().contains(broken.toString())
					&& letter.exception().contains("MalformedEvent")));
		assertThat(reserved(user)).isEqualByComparingTo("5.00");
		this.http.get()
			.uri("/actuator/deadletters/orders.order.v1")
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains(broken.toString()).contains("MalformedEvent"));
		String customer = accessToken("not-an-operator@example.com");
		this.http.get()
			.uri("/actuator/deadletters/orders.order.v1")
			.headers((headers) -> headers.setBearerAuth(customer))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void announcesRegistrationsAndChangesOnTheUserTopic() {
		UUID user = registeredUser("announced@example.com");
		this.http.patch()
			.uri("/api/users/" + user)
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("status", "SUSPENDED"))
			.exchange()
			.expectStatus()
			.isOk();

		List<ConsumerRecord<String, String>> userEvents = readAll("users.user.v1",
				(records) -> records.stream().filter((record) -> user.toString().equals(record.key())).count() >= 2)
			.stream()
			.filter((record) -> user.toString().equals(record.key()))
			.toList();

		assertThat(userEvents).extracting(CreditSagaIT::type).containsExactly("UserRegistered", "UserUpdated");
		EventContracts.assertValid("users.user.v1", "UserRegistered", userEvents.get(0).value());
		EventContracts.assertValid("users.user.v1", "UserUpdated", userEvents.get(1).value());
		assertThat(userEvents.get(1).value()).contains("SUSPENDED");
	}

	private UUID registeredUser(String email) {
		return UUID.fromString((String) register(email, PASSWORD, "Saga Customer").expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id"));
	}

	private void send(ProducerRecord<String, String> record) {
		try {
			this.producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String rejectionOf(UUID order) {
		ConsumerRecord<String, String> event = awaitCreditEvent(order, "CreditRejected");
		EventContracts.assertValid("users.credit.v1", "CreditRejected", event.value());
		return event.value().replaceAll(".*\"reason\": ?\"([A-Z_]+)\".*", "$1").trim();
	}

	private ConsumerRecord<String, String> awaitCreditEvent(UUID order, String type) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.creditEvents.getOrDefault(order.toString(), List.of())
				.stream()
				.filter((record) -> type(record).equals(type))
				.findFirst()
				.orElse(null), (found) -> found != null);
	}

	private BigDecimal reserved(UUID user) {
		return this.db.sql("SELECT reserved FROM credit_accounts WHERE user_id = :id")
			.bind("id", user)
			.map((row) -> row.get("reserved", BigDecimal.class))
			.one()
			.block();
	}

	private void readCreditEvents() {
		try (KafkaConsumer<String, String> consumer = consumer()) {
			consumer.subscribe(List.of("users.credit.v1"));
			while (this.reading) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					this.creditEvents
						.computeIfAbsent(record.key(), (key) -> new java.util.concurrent.CopyOnWriteArrayList<>())
						.add(record);
				}
			}
		}
	}

	private List<ConsumerRecord<String, String>> readAll(String topic,
			java.util.function.Predicate<List<ConsumerRecord<String, String>>> done) {
		List<ConsumerRecord<String, String>> read = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = consumer()) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (!done.test(read) && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(read::add);
			}
		}
		return read;
	}

	private KafkaConsumer<String, String> consumer() {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap,
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
	}

	private static String type(ConsumerRecord<String, String> record) {
		return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
	}

}
