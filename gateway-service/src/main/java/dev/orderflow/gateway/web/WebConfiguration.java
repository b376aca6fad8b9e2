package dev.orderflow.gateway.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.orderflow.platform.web.ProblemWriter;
import dev.orderflow.platform.web.TraceIds;

/** The filters every exchange passes: the request id and problem bodies. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

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
