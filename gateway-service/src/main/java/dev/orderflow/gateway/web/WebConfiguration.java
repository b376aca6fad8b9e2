package dev.orderflow.gateway.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.TraceIds;

/**
 * What every exchange passes: the client's address, the request id and problem bodies.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProxyProperties.class)
class WebConfiguration {

	@Bean
	NettyServerCustomizer forwardedClientAddress(ProxyProperties properties) {
		ForwardedClientAddress handler = new ForwardedClientAddress(new TrustedProxies(properties.trustedProxies()));
		return (server) -> server.forwarded(handler);
	}

	@Bean
	RequestIdFilter requestIdFilter() {
		return new RequestIdFilter(new RequestIdPolicy());
	}

	@Bean
	TraceIds requestIdTraceIds() {
		return new RequestIdTraceIds();
	}

	@Bean
	ProblemResponseFilter problemResponseFilter(ProblemWriter writer) {
		return new ProblemResponseFilter(writer);
	}

}
