package dev.orderflow.gateway.ratelimit;

import java.time.Duration;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.Bucket4jRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;

/**
 * Token buckets in this process, for a single gateway replica (local runs, tests). The
 * gateway's own Bucket4j limiter does the counting; this class gives it the buckets from
 * configuration (the library's default is an empty bucket) and a bounded store, so that
 * many distinct callers cannot exhaust memory: a bucket is dropped once it would be full
 * again, and the least recently used go first beyond {@code maxCallers}.
 */
class InMemoryRateLimiter extends Bucket4jRateLimiter {

	private final TokenBucket bucket;

	private final Config config;

	/**
	 * @param clock what refills the buckets and expires them
	 * ({@link TimeMeter#SYSTEM_MILLISECONDS}; tests move or stop it)
	 */
	InMemoryRateLimiter(TokenBucket bucket, long maxCallers, ConfigurationService configurationService,
			TimeMeter clock) {
		super(proxyManager(maxCallers, clock), configurationService);
		this.bucket = bucket;
		this.config = new Config().setCapacity(bucket.burstCapacity())
			.setRefillTokens((long) bucket.replenishRate())
			.setRefillPeriod(Duration.ofSeconds(1))
			.setRefillStyle(RefillStyle.GREEDY);
	}

	private static AsyncProxyManager<String> proxyManager(long maxCallers, TimeMeter clock) {
		return Bucket4jCaffeine
			.<String>builderFor(Caffeine.newBuilder().maximumSize(maxCallers).ticker(clock::currentTimeNanos))
			.clientClock(clock)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build()
			.asAsync();
	}

	@Override
	protected Config loadRouteConfiguration(String routeId) {
		return getConfig().getOrDefault(routeId, this.config);
	}

	@Override
	public Mono<Response> isAllowed(String routeId, String id) {
		return super.isAllowed(routeId, id).map(this.bucket::withRetryAfter);
	}

}
