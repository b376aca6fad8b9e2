package dev.orderflow.gateway.routing;

import org.springframework.cloud.gateway.filter.headers.observation.GatewayObservationConvention;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every routed request passes on its way to a service, and how routed calls are
 * observed.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

	@Bean
	GatewayObservationConvention routeCallObservationConvention() {
		return new RouteCallObservationConvention();
	}

	@Bean
	IdentityHeaderFilter identityHeaderFilter(IdentityHeaderProperties properties) {
		return new IdentityHeaderFilter(new IdentityHeaders(properties.names(), properties.prefixes()));
	}

}
