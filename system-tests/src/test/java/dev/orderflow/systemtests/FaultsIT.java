package dev.orderflow.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.orderflow.systemtests.SagaWorkload.Placed;
import dev.orderflow.systemtests.SagaWorkload.Refusal;
import dev.orderflow.testsupport.ServiceProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults under a steady stream of orders ({@link SagaWorkload}: approvals, rejections
 * past a limit, cancellations), each followed by a check of the invariants I1-I5 of
 * docs/architecture.md over every order placed. Each run asserts what it prints: no order
 * refused while a part whose work can wait in an outbox or a topic is down, and every
 * refusal otherwise a 503 problem+json or a refused connection; the first order approved
 * within 30 s of the part being back. The load goes on for as long as the fault lasts:
 * the broker outage lasts twice the saga deadline (60 s; {@code
 * -Dorderflow.faults.kafka-outage=5m} for a longer one) and rejects no order. The SMTP
 * server's kill comes last, with customers of its own, as the mail sink loses what it
 * held. Loops are bounded and target 127.0.0.1 only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

	/** Orders per fault run, one every 300 ms: about 10 s of load. */
	private static final int ORDERS_PER_RUN = 30;

	/** How long after the part is back an order must be approved again. */
	private static final Duration RECOVERY = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WholeSystem system = WholeSystem.up();

	private final Api api = new Api(WholeSystem.GATEWAY, WholeSystem.GATEWAY);

	private final List<Placed> placed = new CopyOnWriteArrayList<>();

	private SagaWorkload workload;

	private volatile Instant restartedAt = Instant.now();

	@BeforeAll
	void customers() {
		this.workload = new SagaWorkload(this.api, "faults");
	}

	@Test
	@Order(1)
	void killingUserServiceUnderLoadLosesNothing() {
		Run run = underLoad("kill -9 user-service", () -> {
			this.system.kill("user-service");
			ServiceProcess.sleep(Duration.ofSeconds(3));
			this.system.start("user-service");
			backAgain();
		});
		// its work waits in the orders topic: nothing refused
		assertThat(run.refusals()).isEmpty();
	}

	@Test
	@Order(2)
	void killingOrderServiceAnswers503WhileDownAndRecoversByItself() {
		Run run = underLoad("kill -9 order-service", () -> {
			this.system.kill("order-service");
			Api.Response whileDown = Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> this.api.get(WholeSystem.GATEWAY + "/api/orders", this.workload.anyToken()),
						(response) -> response.status() == 503);
			assertThat(whileDown.body().get("type").asString()).startsWith("urn:orderflow:problem:");
			this.system.start("order-service");
			backAgain();
		});
		// the gateway answers for it while it is down
		assertThat(run.refusals()).isNotEmpty().allMatch(Refusal.PROBLEM_503::equals);
	}

	@Test
	@Order(3)
	void aBrokerOutageLongerThanTheDeadlineRejectsNoOrder() {
		// twice the saga deadline by default; -Dorderflow.faults.kafka-outage=5m for a
		// longer one (docs/runbook.md)
		Duration outage = Duration
			.parse("PT" + System.getProperty("orderflow.faults.kafka-outage", "60s").toUpperCase(Locale.ROOT));
		Run run = underLoad("kill -9 Kafka (" + outage.toSeconds() + " s)", () -> {
			this.system.kill("kafka");
			ServiceProcess.sleep(outage);
			this.system.start("kafka");
			backAgain();
		});
		// orders keep being accepted: the events wait in the outboxes, and the deadlines
		// are held while they cannot be published (docs/sagas/order.md)
		assertThat(run.refusals()).isEmpty();
		assertThat(run.outcomes()).doesNotContainKey("REJECTED(TIMEOUT)");
	}

	@Test
	@Order(4)
	void restartingPostgresUnderLoadLosesNothing() {
		Run run = underLoad("restart PostgreSQL", () -> {
			this.system.restart("postgres");
			backAgain();
		});
		// nothing can be stored meanwhile: refused, each with a problem
		assertThat(run.refusals()).allMatch(Refusal.PROBLEM_503::equals);
	}

	@Test
	@Order(5)
	void killingNotificationServiceUnderLoadLosesNothing() {
		Run run = underLoad("kill -9 notification-service", () -> {
			this.system.kill("notification-service");
			ServiceProcess.sleep(Duration.ofSeconds(3));
			this.system.start("notification-service");
			backAgain();
		});
		// not on the saga's path: nothing refused; I3/I4 above: one notification each
		assertThat(run.refusals()).isEmpty();
		assertThat(run.outcomes()).doesNotContainKey("REJECTED(TIMEOUT)");
	}

	@Test
	@Order(6)
	void killingTheGatewayRefusesConnectionsAndRecoversByItself() {
		Run run = underLoad("kill -9 gateway", () -> {
			this.system.kill("gateway-service");
			ServiceProcess.sleep(Duration.ofSeconds(2));
			this.system.start("gateway-service");
			backAgain();
		});
		// nobody listens while it is down (a request in flight loses its connection);
		// starting, it may not have its routes yet
		assertThat(run.refusals()).isNotEmpty()
			.allMatch(EnumSet.of(Refusal.CONNECTION_REFUSED, Refusal.CONNECTION_LOST, Refusal.PROBLEM_503)::contains)
			.contains(Refusal.CONNECTION_REFUSED);
	}

	@Test
	@Order(7)
	void killingTheRegistryChangesNothingAndAServiceStartedMeanwhileIsFound() {
		// the registry starts empty: whoever it lists registered with it after this
		Instant beforeTheKill = Instant.now();
		Run run = underLoad("kill -9 registry, user-service restarted meanwhile", () -> {
			this.system.kill("discovery-service");
			// a service that starts while the registry is away registers once it is back
			this.system.kill("user-service");
			this.system.start("user-service");
			this.system.start("discovery-service");
			backAgain();
		});
		// the gateway and the services route from the registry they fetched last
		assertThat(run.refusals()).isEmpty();
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.ignoreExceptions()
			.until(() -> registeredSince("USER-SERVICE", beforeTheKill));
		// and what is routed to it through the gateway reaches it
		assertThat(this.api.me(this.workload.anyToken()).get("email").asString()).isNotBlank();
	}

	@Test
	@Order(8)
	void killingZipkinChangesNothing() {
		Run run = underLoad("kill -9 Zipkin", () -> {
			this.system.kill("zipkin");
			ServiceProcess.sleep(Duration.ofSeconds(5));
			this.system.start("zipkin");
			backAgain();
		});
		// spans are dropped meanwhile, nothing else
		assertThat(run.refusals()).isEmpty();
	}

	@Test
	@Order(9)
	void freezingKafkaLongerThanTheClientTimeoutsLosesNothing() {
		Run run = underLoad("SIGSTOP Kafka (15 s)", () -> {
			this.system.freeze("kafka");
			// past the clients' request and session timeouts (10 s)
			ServiceProcess.sleep(Duration.ofSeconds(15));
			this.system.thaw("kafka");
			backAgain();
		});
		assertThat(run.refusals()).isEmpty();
		assertThat(run.outcomes()).doesNotContainKey("REJECTED(TIMEOUT)");
	}

	@Test
	@Order(10)
	void freezingPostgresLongerThanTheGatewaysTimeLimitLosesNothing() {
		Run run = underLoad("SIGSTOP PostgreSQL (10 s)", () -> {
			this.system.freeze("postgres");
			// past the gateway's time limit (5 s): requests are cut while their
			// statements hang
			ServiceProcess.sleep(Duration.ofSeconds(10));
			this.system.thaw("postgres");
			backAgain();
		});
		// nothing can be stored meanwhile: each refusal a problem, 503 or the gateway's
		// 504
		assertThat(run.refusals()).allMatch(EnumSet.of(Refusal.PROBLEM_503, Refusal.PROBLEM_504)::contains);
	}

	@Test
	@Order(11)
	void aCrashAfterTheBrokersAcknowledgementAndBeforeMarkingSentTakesEffectOnce() throws Exception {
		double duplicatesBefore = duplicateOrderEventsAtUserService();
		// its log is appended to by every start: only what is written from now on counts
		Path log = this.system.log("order-service");
		long logBefore = Files.size(log);
		Callable<Boolean> halted = () -> {
			String text = Files.readString(log);
			return text.substring((int) Math.min(logBefore, text.length()))
				.contains("Halting after the broker acknowledged");
		};
		Run run = underLoad("halt after the broker's acknowledgement", () -> {
			this.system.kill("order-service");
			// the test-only switch halts it once the broker acknowledged its first batch
			if (this.system.startWith("order-service",
					Map.of("ORDERFLOW_MESSAGING_RELAY_HALTAFTERACKNOWLEDGED", "true"))) {
				// an order of its own, in case the load has ended: its event is the batch
				Awaitility.await()
					.atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofMillis(500))
					.ignoreExceptions()
					.until(() -> halted.call() || this.workload.placeOne().status() == 202 && halted.call());
			}
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(halted);
			// the line is logged just before the halt: wait until the process is gone
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(FaultsIT::orderServiceGone);
			this.system.start("order-service");
			backAgain();
		});
		assertThat(run.refusals()).allMatch(Refusal.PROBLEM_503::equals);
		// the acknowledged events were published again, and user-service applied them
		// once
		// (I2 and I3 held above)
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(this::duplicateOrderEventsAtUserService, (duplicates) -> duplicates > duplicatesBefore);
	}

	@Test
	@Order(12)
	void killingTheSmtpServerDelaysTheEmailsOnly() {
		// the mail sink keeps what it received in memory, so what it had dies with it:
		// this run comes last and has customers of its own, registered while it is down,
		// so that every email of theirs is sent once it is back
		this.system.kill("mail");
		SagaWorkload mailless = new SagaWorkload(this.api, "smtp");
		Run run = underLoad(
				"kill -9 SMTP server (its customers registered and their first orders placed while it is down)",
				mailless, new CopyOnWriteArrayList<>(), () -> {
					ServiceProcess.sleep(Duration.ofSeconds(5));
					this.system.start("mail");
					backAgain();
				});
		// not on the saga's path; I4 above: each notification's email arrived later
		assertThat(run.refusals()).isEmpty();
		assertThat(run.outcomes()).doesNotContainKey("REJECTED(TIMEOUT)");
	}

	/** The registry lists the service as UP, registered after {@code since}. */
	private boolean registeredSince(String service, Instant since) throws IOException, InterruptedException {
		HttpResponse<String> application = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8761/eureka/apps/" + service))
				.header("Accept", "application/json")
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString("eureka:local-eureka-password".getBytes(StandardCharsets.UTF_8)))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (application.statusCode() != 200) {
			return false;
		}
		for (JsonNode instance : JSON.readTree(application.body()).path("application").path("instance")) {
			if ("UP".equals(instance.path("status").asString())
					&& instance.path("leaseInfo").path("registrationTimestamp").asLong() > since.toEpochMilli()) {
				return true;
			}
		}
		return false;
	}

	private static boolean orderServiceGone() {
		try (Socket socket = new Socket("127.0.0.1", 8082)) {
			return false;
		}
		catch (IOException refused) {
			return true;
		}
	}

	/** user-service's count of order events it had already applied. */
	private double duplicateOrderEventsAtUserService() throws IOException, InterruptedException {
		HttpResponse<String> metrics = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8081/actuator/prometheus"))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).isEqualTo(200);
		return metrics.body()
			.lines()
			.filter((line) -> line.startsWith("orderflow_events_consumed_total{")
					&& line.contains("outcome=\"duplicate\"") && line.contains("topic=\"orders.order.v1\""))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	/**
	 * Places orders in the background while the fault happens, waits for the load, checks
	 * the invariants over every order placed so far, and reports this run.
	 */
	private Run underLoad(String fault, Runnable inject) {
		return underLoad(fault, this.workload, this.placed, inject);
	}

	/**
	 * The same with another workload, whose orders so far are {@code placed}. The load
	 * goes on while the fault lasts, however long.
	 */
	private Run underLoad(String fault, SagaWorkload workload, List<Placed> placed, Runnable inject) {
		List<Placed> run = new CopyOnWriteArrayList<>();
		List<Refusal> refusals = new CopyOnWriteArrayList<>();
		AtomicBoolean undone = new AtomicBoolean();
		Thread load = new Thread(() -> {
			for (int index = 0; index < ORDERS_PER_RUN || !undone.get(); index++) {
				workload.place(index, run, refusals);
				ServiceProcess.sleep(Duration.ofMillis(300));
			}
		}, "order-load");
		load.start();
		// two rounds of the customers before the fault: each kind of outcome is on its
		// way
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> run.size() >= 2 * (SagaWorkload.CUSTOMERS_WITHIN_LIMIT + 1));
		try {
			inject.run();
		}
		finally {
			undone.set(true);
		}
		try {
			load.join(Duration.ofMinutes(3).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		run.add(workload.probe());
		placed.addAll(run);
		workload.assertInvariants(placed);
		Run result = report(fault, workload, placed, run, refusals);
		assertThat(result.recovery()).as("from the part being back to the first order approved")
			.isNotNull()
			.isLessThanOrEqualTo(RECOVERY);
		assertThat(result.outcomes()).containsKeys("APPROVED", "REJECTED(INSUFFICIENT_CREDIT)", "CANCELLED");
		return result;
	}

	/** The part is back (started and healthy): recovery is measured from here. */
	private void backAgain() {
		this.restartedAt = Instant.now();
	}

	/**
	 * What the closing note asks for: counts per terminal state, the refusals and the
	 * recovery time.
	 */
	private Run report(String fault, SagaWorkload workload, List<Placed> placed, List<Placed> run,
			List<Refusal> refusals) {
		Map<String, Integer> outcomes = new TreeMap<>();
		Instant firstApprovedAgain = null;
		for (JsonNode view : workload.views(run).values()) {
			String status = view.get("status").asString();
			outcomes.merge(SagaWorkload.outcome(view), 1, Integer::sum);
			Instant decided = Instant.parse(view.get("updatedAt").asString());
			if ("APPROVED".equals(status) && decided.isAfter(this.restartedAt)
					&& (firstApprovedAgain == null || decided.isBefore(firstApprovedAgain))) {
				firstApprovedAgain = decided;
			}
		}
		Map<Refusal, Long> refused = new TreeMap<>(
				refusals.stream().collect(Collectors.groupingBy((refusal) -> refusal, Collectors.counting())));
		Duration recovery = (firstApprovedAgain != null) ? Duration.between(this.restartedAt, firstApprovedAgain)
				: null;
		System.out.printf(
				"fault %s: %d orders placed, %d accepted, %d refused %s, outcomes %s; I1-I5 held over all"
						+ " %d orders placed so far; back -> first order approved again: %s%n",
				fault, run.size() + refusals.size(), run.size(), refusals.size(), refused, outcomes, placed.size(),
				(recovery != null) ? recovery.toMillis() + " ms" : "none");
		return new Run(outcomes, refusals, recovery);
	}

	/**
	 * One fault run's results.
	 *
	 * @param outcomes accepted orders by final state
	 * @param refusals the orders not accepted
	 * @param recovery from the part being back to the first order approved, or null
	 */
	private record Run(Map<String, Integer> outcomes, List<Refusal> refusals, Duration recovery) {

	}

}
