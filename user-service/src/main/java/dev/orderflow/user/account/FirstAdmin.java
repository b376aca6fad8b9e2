package dev.orderflow.user.account;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Creates the first administrator at start-up from configuration, once: an existing
 * account with that email is left as it is, so restarts and replicas are harmless.
 */
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final UserManagement users;

	private final Users repository;

	private final String email;

	private final String password;

	private final String name;

	public FirstAdmin(UserManagement users, Users repository, String email, String password, String name) {
		this.users = users;
		this.repository = repository;
		this.email = email;
		this.password = password;
		this.name = name;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.email == null) {
			return;
		}
		this.repository.findByEmail(this.email)
			.hasElement()
			.flatMap((exists) -> exists ? Mono.just(false)
					: this.users.register(this.email, this.password, this.name, Set.of(Role.ADMIN))
						.thenReturn(true)
						.onErrorResume(EmailAlreadyRegistered.class, (ex) -> Mono.just(false)))
			.doOnNext((created) -> {
				if (created) {
					log.info("Created the first administrator {}", this.email);
				}
			})
			.block();
	}

}
