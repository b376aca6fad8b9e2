package dev.orderflow.gateway.resilience;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import dev.orderflow.platform.web.ProblemWriter;

/** The fallback the routes' circuit breakers forward to. */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration {

	@Bean
	RouterFunction<ServerResponse> fallbackRoutes(ProblemWriter writer, ResilienceProperties resilience) {
		return RouterFunctions.route(RequestPredicates.path(FallbackHandler.PATH),
				new FallbackHandler(writer, resilience.retryAfter()));
	}

}
