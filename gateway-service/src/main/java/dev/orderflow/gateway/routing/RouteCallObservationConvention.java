package dev.orderflow.gateway.routing;

import org.springframework.cloud.gateway.filter.headers.observation.DefaultGatewayObservationConvention;

/**
 * Names the observation of a routed call {@code gateway.http.client.requests}. The
 * gateway's default, {@code http.client.requests}, is also the name of the Eureka
 * client's own HTTP metrics, with other tags; Prometheus accepts only one tag set per
 * name, so the routed calls' metrics were dropped.
 */
class RouteCallObservationConvention extends DefaultGatewayObservationConvention {

	@Override
	public String getName() {
		return "gateway.http.client.requests";
	}

}
