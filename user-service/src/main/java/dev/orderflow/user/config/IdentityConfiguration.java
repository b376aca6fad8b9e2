package dev.orderflow.user.config;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * BCrypt behind a delegating encoder, so stored hashes say their algorithm and can be
	 * upgraded.
	 */
	@Bean
	PasswordEncoder passwordEncoder(IdentityProperties properties) {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(properties.passwords().bcryptStrength());
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
	}

}
