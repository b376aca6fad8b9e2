package dev.orderflow.user.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/** The first ADMIN, from {@code identity.admin.*}. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	@Bean
	FirstAdmin firstAdmin(UserManagement users, Users repository, AdminProperties admin) {
		if (!StringUtils.hasText(admin.email())) {
			return new FirstAdmin(users, repository, null, null, null);
		}
		if (!StringUtils.hasText(admin.password()) || admin.password().length() < 12) {
			throw new IllegalStateException(
					"identity.admin.password must be set (at least 12 characters) " + "when identity.admin.email is");
		}
		return new FirstAdmin(users, repository, admin.email(), admin.password(), admin.name());
	}

}
