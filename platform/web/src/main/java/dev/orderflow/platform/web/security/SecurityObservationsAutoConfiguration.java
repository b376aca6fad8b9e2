package dev.orderflow.platform.web.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No observations of Spring Security's own steps: the filter chain before and after, each
 * authentication and each authorization were spans and timers of their own for every
 * request, inside the request's span that already covers them, and about 4 % of the
 * gateway's CPU (docs/performance.md). Requests stay observed as
 * {@code http.server.requests}, where a refusal is its 401 or 403.
 */
@AutoConfiguration
@ConditionalOnClass(SecurityObservationSettings.class)
public class SecurityObservationsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
