package dev.orderflow.platform.transactions;

import reactor.core.publisher.Mono;

import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Runs work in one transaction that ends with its own commit or rollback, even when
 * whoever waits for it goes away (the gateway's time limit, a client that hangs up, a
 * listener stopped at shutdown).
 * <p>
 * Why not {@link TransactionalOperator} alone: a cancelled subscriber makes it roll back
 * while the statement in flight still runs on the same connection. When that rollback
 * does not happen, restoring auto-commit on the connection commits whatever was written
 * so far. That is the likeliest way an order was once committed without its lines and its
 * OrderCreated (ADR 0017), after which the deadline loop failed on it every second. Here
 * cancelling only stops the caller from hearing the outcome: the work runs to its end, in
 * the caller's context (tracing, an enclosing transaction it joins).
 */
public final class WholeTransactions {

	private final TransactionalOperator transactions;

	public WholeTransactions(ReactiveTransactionManager transactions) {
		this.transactions = TransactionalOperator.create(transactions);
	}

	/**
	 * @param work what to do in the transaction (it joins one the caller is already in)
	 * @return the outcome of the committed work, or the error it was rolled back for
	 */
	public <T> Mono<T> whole(Mono<T> work) {
		return Mono.create((caller) -> work.as(this.transactions::transactional)
			.contextWrite(caller.contextView())
			// subscribed here and never disposed: a cancelled caller does not reach it
			.subscribe(caller::success, caller::error, () -> caller.success()));
	}

}
