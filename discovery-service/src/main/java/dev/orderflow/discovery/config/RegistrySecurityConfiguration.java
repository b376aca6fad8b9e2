package dev.orderflow.discovery.config;

import org.springframework.boot.security.autoconfigure.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Only authenticated clients may register or read the registry; an unauthenticated
 * registration would let anyone divert traffic. Health stays open for probes, and the
 * metrics for Prometheus, like every service's (deployments keep them off the public
 * network).
 */
@Configuration(proxyBeanMethods = false)
class RegistrySecurityConfiguration {

	@Bean
	SecurityFilterChain registrySecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(Customizer.withDefaults())
			// Eureka clients POST/PUT/DELETE without CSRF tokens.
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	RegistryClients registryClients(SecurityProperties security) {
		return new RegistryClients(security.getUser());
	}

}
