package dev.orderflow.user.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The credit_accounts table. Changes are single conditional statements, never
 * read-check-write.
 */
@Repository
public class CreditAccounts {

	private final DatabaseClient db;

	CreditAccounts(DatabaseClient db) {
		this.db = db;
	}

	public Mono<CreditAccount> insert(CreditAccount account, Instant now) {
		return this.db
			.sql("INSERT INTO credit_accounts (user_id, credit_limit, reserved, currency, updated_at)"
					+ " VALUES (:userId, :limit, :reserved, :currency, :now)")
			.bind("userId", account.userId())
			.bind("limit", account.limit())
			.bind("reserved", account.reserved())
			.bind("currency", account.currency())
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.then()
			.thenReturn(account);
	}

	public Mono<CreditAccount> findByUserId(UUID userId) {
		return this.db
			.sql("SELECT user_id, credit_limit, reserved, currency FROM credit_accounts WHERE user_id = :userId")
			.bind("userId", userId)
			.map(CreditAccounts::map)
			.one();
	}

	/**
	 * Sets a new limit unless approved orders already hold more than it.
	 * @param userId the owner
	 * @param limit the new limit
	 * @param now the time of the change
	 * @return the changed account, or {@link LimitBelowReservedCredit}
	 */
	public Mono<CreditAccount> changeLimit(UUID userId, BigDecimal limit, Instant now) {
		return this.db
			.sql("UPDATE credit_accounts SET credit_limit = :limit, updated_at = :now"
					+ " WHERE user_id = :userId AND reserved <= :limit"
					+ " RETURNING user_id, credit_limit, reserved, currency")
			.bind("limit", limit)
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.bind("userId", userId)
			.map(CreditAccounts::map)
			.one()
			.switchIfEmpty(Mono.error(() -> new LimitBelowReservedCredit(userId)));
	}

	private static CreditAccount map(Readable row) {
		return new CreditAccount(row.get("user_id", UUID.class), row.get("credit_limit", BigDecimal.class),
				row.get("reserved", BigDecimal.class), row.get("currency", String.class).trim());
	}

}
