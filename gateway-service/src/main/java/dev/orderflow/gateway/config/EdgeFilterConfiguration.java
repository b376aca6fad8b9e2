package dev.orderflow.gateway.config;

import org.springframework.cloud.gateway.filter.headers.observation.GatewayObservationConvention;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.orderflow.gateway.routing.IdentityHeaderFilter;
import dev.orderflow.gateway.routing.IdentityHeaders;
import dev.orderflow.gateway.routing.RouteCallObservationConvention;
import dev.orderflow.gateway.web.ProblemResponseFilter;
import dev.orderflow.gateway.web.RequestIdFilter;
import dev.orderflow.gateway.web.RequestIdPolicy;
import dev.orderflow.gateway.web.RequestIdTraceIds;
import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.TraceIds;

/**
 * The filters every exchange passes: request id, problem bodies, identity headers; and
 * how routed calls are observed.
 */
@Configuration(proxyBeanMethods = false)
class EdgeFilterConfiguration {

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

	@Bean
	GatewayObservationConvention routeCallObservationConvention() {
		return new RouteCallObservationConvention();
	}

	@Bean
	IdentityHeaderFilter identityHeaderFilter(IdentityHeaderProperties properties) {
		return new IdentityHeaderFilter(new IdentityHeaders(properties.names(), properties.prefixes()));
	}

}
