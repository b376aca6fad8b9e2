package dev.orderflow.platform.web;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.util.ClassUtils;

/** Problem responses for any reactive web application that has this module. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class ProblemAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TraceIds traceIds(ObjectProvider<Object> unused, org.springframework.context.ApplicationContext context) {
		if (ClassUtils.isPresent("io.micrometer.tracing.Tracer", getClass().getClassLoader())) {
			ObjectProvider<Tracer> tracers = context.getBeanProvider(Tracer.class);
			return new TraceIds(() -> {
				Tracer tracer = tracers.getIfAvailable();
				Span span = (tracer != null) ? tracer.currentSpan() : null;
				return (span != null) ? span.context().traceId() : null;
			});
		}
		return new TraceIds(() -> null);
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemWriter problemWriter(ServerCodecConfigurer codecs, TraceIds traceIds) {
		return new ProblemWriter(codecs, traceIds);
	}

	/**
	 * Strict request bodies in every service alike: unknown fields and values of the
	 * wrong JSON type are 400 naming the field ({@link StrictJsonRequestBodies}); event
	 * consumers stay lenient. Ordered after Boot's Jackson codec customizer (order 0),
	 * whose decoder it replaces.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	CodecCustomizer strictJsonRequestBodies(ObjectProvider<JsonMapper> jsonMapper) {
		return (codecs) -> jsonMapper.ifAvailable((json) -> StrictJsonRequestBodies.customizer(json).customize(codecs));
	}

	@Bean
	ProblemWebExceptionHandler problemWebExceptionHandler(ProblemWriter writer) {
		return new ProblemWebExceptionHandler(writer);
	}

	/**
	 * A request target that is not a URI gets a problem too
	 * ({@link UnreadableRequestTargets}).
	 */
	@Bean
	NettyServerCustomizer unreadableRequestTargets() {
		return (server) -> server.doOnChannelInit((observer, channel, remote) -> {
			if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
				channel.pipeline()
					.addAfter(NettyPipeline.HttpCodec, UnreadableRequestTargets.NAME, new UnreadableRequestTargets());
			}
		});
	}

}
