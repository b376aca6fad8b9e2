package dev.orderflow.user.account;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import dev.orderflow.user.credit.CreditAccounts;
import dev.orderflow.user.credit.CreditPolicy;
import dev.orderflow.platform.transactions.WholeTransactions;

/** Registration, profiles and administration of accounts. */
@Service
class UserManagement {

	private final Users users;

	private final CreditAccounts creditAccounts;

	private final CreditPolicy creditPolicy;

	private final PasswordEncoder passwords;

	private final WholeTransactions transactions;

	private final AccountEvents events;

	private final Clock clock;

	UserManagement(Users users, CreditAccounts creditAccounts, CreditPolicy creditPolicy, PasswordEncoder passwords,
			WholeTransactions transactions, AccountEvents events, Clock clock) {
		this.events = events;
		this.users = users;
		this.creditAccounts = creditAccounts;
		this.creditPolicy = creditPolicy;
		this.passwords = passwords;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Creates an account and its credit line in one transaction.
	 * @param email the login
	 * @param password the password in clear, already checked against the policy
	 * @param name the display name
	 * @param roles the roles of the new user
	 * @return the new account, or {@link EmailAlreadyRegistered}
	 */
	public Mono<Account> register(String email, String password, String name, Set<Role> roles) {
		// Hashing is deliberately slow CPU work: keep it off the event loop.
		return Mono.fromCallable(() -> this.passwords.encode(password))
			.subscribeOn(Schedulers.boundedElastic())
			.map((hash) -> User.register(email, hash, name, roles, this.clock.instant()))
			.flatMap((user) -> this.users.insert(user)
				.zipWith(this.creditAccounts.insert(this.creditPolicy.openFor(user.id()), user.createdAt()),
						Account::new)
				.flatMap((account) -> this.events.registered(account.user()).thenReturn(account))
				.as(this.transactions::whole))
			.onErrorMap(DuplicateKeyException.class, (ex) -> new EmailAlreadyRegistered(User.normalizeEmail(email)));
	}

	public Mono<Account> account(UUID userId) {
		return this.users.findById(userId)
			.switchIfEmpty(Mono.error(() -> new UserNotFound(userId)))
			.flatMap(this::withCredit);
	}

	public Mono<AccountPage> accounts(int page, int size) {
		return this.users.page(page, size)
			.concatMap(this::withCredit)
			.collectList()
			.zipWith(this.users.count(), (items, total) -> new AccountPage(items, page, size, total));
	}

	/**
	 * Applies an administrator's change: credit limit and status, together or not at all.
	 * @param userId the account to change
	 * @param change what to change
	 * @return the changed account
	 */
	public Mono<Account> change(UUID userId, AccountChange change) {
		return this.users.findById(userId)
			.switchIfEmpty(Mono.error(() -> new UserNotFound(userId)))
			.flatMap((user) -> applyStatus(user, change).then(applyLimit(userId, change)))
			.as(this.transactions::whole)
			.then(account(userId));
	}

	private Mono<User> applyStatus(User user, AccountChange change) {
		if (change.status() == null || change.status() == user.status()) {
			return Mono.just(user);
		}
		return this.users.updateStatus(user.withStatus(change.status(), this.clock.instant()))
			.flatMap((changed) -> this.events.updated(changed).thenReturn(changed));
	}

	private Mono<Void> applyLimit(UUID userId, AccountChange change) {
		if (change.creditLimit() == null) {
			return Mono.empty();
		}
		return this.creditAccounts.changeLimit(userId, change.creditLimit(), this.clock.instant()).then();
	}

	private Mono<Account> withCredit(User user) {
		return this.creditAccounts.findByUserId(user.id()).map((credit) -> new Account(user, credit));
	}

}
