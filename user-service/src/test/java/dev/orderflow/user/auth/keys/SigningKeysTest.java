package dev.orderflow.user.auth.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SigningKeysTest {

	@Test
	void signsWithTheActiveKeyAndPublishesAllOfThem() throws IOException {
		SigningKeys keys = SigningKeys.fromPem(twoKeys(), "new");

		assertThat(keys.active().getKeyID()).isEqualTo("new");
		assertThat(keys.publicKeys().getKeys()).extracting((key) -> key.getKeyID()).containsExactly("old", "new");
		assertThat(keys.publicKeys().getKeys()).noneMatch((key) -> key.isPrivate());
	}

	@Test
	void signsWithTheFirstKeyWhenNoneIsNamedActive() throws IOException {
		assertThat(SigningKeys.fromPem(twoKeys(), " ").active().getKeyID()).isEqualTo("old");
	}

	@Test
	void refusesAnActiveKeyThatIsNotConfigured() throws IOException {
		assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.fromPem(twoKeys(), "missing"))
			.withMessageContaining("missing");
	}

	@Test
	void refusesSomethingThatIsNotAPrivateKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys
			.fromPem(Map.of("bad", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"), null));
	}

	@Test
	void generatesAnEphemeralKeyForLocalRuns() {
		SigningKeys keys = SigningKeys.ephemeral();

		assertThat(keys.active().getKeyID()).startsWith("ephemeral-");
		assertThat(keys.publicKeys().getKeys()).hasSize(1);
	}

	private static Map<String, String> twoKeys() throws IOException {
		Map<String, String> keys = new LinkedHashMap<>();
		keys.put("old", read("keys/test-previous-key.pem"));
		keys.put("new", read("keys/test-signing-key.pem"));
		return keys;
	}

	private static String read(String path) throws IOException {
		return new ClassPathResource(path).getContentAsString(StandardCharsets.US_ASCII);
	}

}
