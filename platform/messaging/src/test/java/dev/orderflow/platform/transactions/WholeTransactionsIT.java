package dev.orderflow.platform.transactions;

import java.time.Duration;
import java.util.UUID;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.orderflow.platform.messaging.MessagingTestApplication;
import dev.orderflow.testsupport.WithKafka;
import dev.orderflow.testsupport.WithPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = MessagingTestApplication.class)
@WithPostgres
@WithKafka
class WholeTransactionsIT {

	/** An advisory lock that a second connection holds to stop the work half-way. */
	private static final long HALF_WAY = 7_100_042;

	@Autowired
	WholeTransactions transactions;

	@Autowired
	ConnectionFactory connections;

	@Autowired
	DatabaseClient db;

	@Test
	void aCallerThatStopsWaitingHalfWayDoesNotCutTheTransactionShort() {
		String work = UUID.randomUUID().toString();
		Connection holder = Mono.from(this.connections.create()).block();
		try {
			execute(holder, "SELECT pg_advisory_lock(" + HALF_WAY + ")");
			Disposable caller = this.transactions
				.whole(effect(work, "first").then(this.db.sql("SELECT pg_advisory_xact_lock(" + HALF_WAY + ")").then())
					.then(effect(work, "second")))
				.subscribe();
			await().atMost(Duration.ofSeconds(20)).until(this::waitingForTheLock);

			caller.dispose();
		}
		finally {
			execute(holder, "SELECT pg_advisory_unlock(" + HALF_WAY + ")");
			Mono.from(holder.close()).block();
		}

		// a TransactionalOperator would have rolled back here, racing the statement in
		// flight
		await().atMost(Duration.ofSeconds(20)).until(() -> effects(work) == 2);
	}

	@Test
	void anErrorRollsBackEverythingTheWorkWrote() {
		String work = UUID.randomUUID().toString();

		assertThatThrownBy(() -> this.transactions
			.whole(effect(work, "first").then(Mono.error(new IllegalStateException("refused"))))
			.block()).hasMessageContaining("refused");

		assertThat(effects(work)).isZero();
	}

	@Test
	void workInsideTheCallersTransactionJoinsIt() {
		String work = UUID.randomUUID().toString();

		assertThatThrownBy(() -> this.transactions
			.whole(this.transactions.whole(effect(work, "inner"))
				.then(Mono.error(new IllegalStateException("outer refused"))))
			.block()).hasMessageContaining("outer refused");

		// the inner work was part of the outer transaction, so it went with it
		assertThat(effects(work)).isZero();
	}

	@Test
	void answersWithTheOutcomeOfTheCommittedWork() {
		String work = UUID.randomUUID().toString();

		Long written = this.transactions.whole(effect(work, "only").then(countEffects(work))).block();

		assertThat(written).isOne();
		assertThat(effects(work)).isOne();
	}

	private Mono<Void> effect(String work, String payload) {
		return this.db.sql("INSERT INTO effects (event_id, payload) VALUES (:work, :payload)")
			.bind("work", work)
			.bind("payload", payload)
			.then();
	}

	private Mono<Long> countEffects(String work) {
		return this.db.sql("SELECT count(*) FROM effects WHERE event_id = :work")
			.bind("work", work)
			.map((row) -> row.get(0, Long.class))
			.one();
	}

	private long effects(String work) {
		return countEffects(work).block();
	}

	private boolean waitingForTheLock() {
		return this.db
			.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
					+ " AND query LIKE '%pg_advisory_xact_lock(" + HALF_WAY + ")%'")
			.map((row) -> row.get(0, Long.class))
			.one()
			.block() == 1;
	}

	private static void execute(Connection connection, String sql) {
		Flux.from(connection.createStatement(sql).execute()).flatMap((result) -> result.map((row) -> 1)).blockLast();
	}

}
