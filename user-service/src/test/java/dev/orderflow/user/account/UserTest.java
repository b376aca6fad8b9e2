package dev.orderflow.user.account;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	@Test
	void registersActiveWithANormalizedEmail() {
		User user = User.register("  Ada@Example.COM ", "{bcrypt}hash", " Ada ", Set.of(Role.CUSTOMER), NOW);

		assertThat(user.email()).isEqualTo("ada@example.com");
		assertThat(user.name()).isEqualTo("Ada");
		assertThat(user.isActive()).isTrue();
		assertThat(user.createdAt()).isEqualTo(NOW);
	}

	@Test
	void suspendingChangesOnlyStatusAndUpdateTime() {
		User user = User.register("a@example.com", "{bcrypt}hash", "A", Set.of(Role.CUSTOMER), NOW);

		User suspended = user.withStatus(UserStatus.SUSPENDED, NOW.plusSeconds(60));

		assertThat(suspended.isActive()).isFalse();
		assertThat(suspended.updatedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(suspended).usingRecursiveComparison().ignoringFields("status", "updatedAt").isEqualTo(user);
	}

	@Test
	void keepsTheSameValueWhenTheStatusDoesNotChange() {
		User user = User.register("a@example.com", "{bcrypt}hash", "A", Set.of(Role.CUSTOMER), NOW);

		assertThat(user.withStatus(UserStatus.ACTIVE, NOW.plusSeconds(60))).isSameAs(user);
	}

}
