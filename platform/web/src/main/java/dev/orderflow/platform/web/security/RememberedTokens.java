package dev.orderflow.platform.web.security;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Remembers the access tokens that passed a decoder's checks, until they expire. A client
 * sends the same token with every request of its 15 minutes, and checking its RS256
 * signature, parsing it and converting its claims again each time was 3 % of
 * order-service's and 5-7 % of the gateway's CPU under load (docs/performance.md).
 * <p>
 * Only tokens that passed are remembered, so a forged one costs a full check every time
 * and cannot fill the memory; a remembered token is refused once it expires, as the
 * decoder would. At most {@link #MAX_TOKENS} are kept (the least recently used go first).
 */
public final class RememberedTokens implements ReactiveJwtDecoder {

	/** About 10 MB of tokens and their claims: enough for every active client. */
	static final int MAX_TOKENS = 10_000;

	private final ReactiveJwtDecoder decoder;

	private final Clock clock;

	private final Cache<String, Jwt> passed;

	RememberedTokens(ReactiveJwtDecoder decoder, Clock clock) {
		this.decoder = decoder;
		this.clock = clock;
		this.passed = Caffeine.newBuilder().maximumSize(MAX_TOKENS).expireAfter(untilExpiry()).build();
	}

	/**
	 * @param decoder the decoder whose checks a token must pass first
	 * @return a decoder that checks each token once while it is valid
	 */
	public static ReactiveJwtDecoder remembering(ReactiveJwtDecoder decoder) {
		return new RememberedTokens(decoder, Clock.systemUTC());
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = this.passed.getIfPresent(token);
		// only tokens with an expiry are remembered
		if (known != null && this.clock.instant().isBefore(known.getExpiresAt())) {
			return Mono.just(known);
		}
		return this.decoder.decode(token).doOnNext((jwt) -> {
			if (jwt.getExpiresAt() != null) {
				this.passed.put(token, jwt);
			}
		});
	}

	/** Frees an entry once its token has expired; the check above is what refuses it. */
	private Expiry<String, Jwt> untilExpiry() {
		return Expiry.writing((token, jwt) -> {
			Duration left = Duration.between(this.clock.instant(), jwt.getExpiresAt());
			return left.isNegative() ? Duration.ZERO : left;
		});
	}

	/** How many tokens are remembered now (for tests). */
	long size() {
		this.passed.cleanUp();
		return this.passed.estimatedSize();
	}

}
