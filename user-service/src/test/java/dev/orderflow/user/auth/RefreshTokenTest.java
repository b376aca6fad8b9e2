package dev.orderflow.user.auth;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshTokenTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	@Test
	void storesOnlyAHashOfTheSecret() {
		String secret = RefreshToken.newSecret();

		RefreshToken token = RefreshToken.issue(secret, UUID.randomUUID(), UUID.randomUUID(), NOW, NOW.plusSeconds(60));

		assertThat(token.tokenHash()).hasSize(64).isNotEqualTo(secret).isEqualTo(RefreshToken.hash(secret));
	}

	@Test
	void makesSecretsThatDoNotRepeat() {
		assertThat(RefreshToken.newSecret()).hasSize(43).isNotEqualTo(RefreshToken.newSecret());
	}

	@Test
	void treatsAUsedOrRevokedTokenAsReuse() {
		RefreshToken fresh = RefreshToken.issue("s", UUID.randomUUID(), UUID.randomUUID(), NOW, NOW.plusSeconds(60));
		RefreshToken used = new RefreshToken(fresh.id(), fresh.familyId(), fresh.userId(), fresh.tokenHash(), NOW,
				fresh.expiresAt(), NOW, null);
		RefreshToken revoked = new RefreshToken(fresh.id(), fresh.familyId(), fresh.userId(), fresh.tokenHash(), NOW,
				fresh.expiresAt(), null, NOW);

		assertThat(fresh.isReuse()).isFalse();
		assertThat(used.isReuse()).isTrue();
		assertThat(revoked.isReuse()).isTrue();
	}

	@Test
	void expiresAtItsExpiryInstant() {
		RefreshToken token = RefreshToken.issue("s", UUID.randomUUID(), UUID.randomUUID(), NOW, NOW.plusSeconds(60));

		assertThat(token.isExpiredAt(NOW.plusSeconds(59))).isFalse();
		assertThat(token.isExpiredAt(NOW.plusSeconds(60))).isTrue();
	}

}
