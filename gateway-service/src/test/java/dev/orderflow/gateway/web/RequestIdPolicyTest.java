package dev.orderflow.gateway.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdPolicyTest {

	private final RequestIdPolicy policy = new RequestIdPolicy(() -> "generated");

	@ParameterizedTest
	@ValueSource(strings = { "abc-123_XYZ", "0f8fad5b-d9cb-469f-a165-70867728950e", "a" })
	void keepsAWellFormedClientId(String sent) {
		assertThat(this.policy.idFor(sent)).isEqualTo(sent);
	}

	@Test
	void keepsAClientIdOfExactly64Characters() {
		String sent = "a".repeat(64);
		assertThat(this.policy.idFor(sent)).isEqualTo(sent);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "has space", "line\nbreak", "semi;colon", "quote\"", "ünïcode", "a/b" })
	void replacesAMissingOrMalformedClientId(String sent) {
		assertThat(this.policy.idFor(sent)).isEqualTo("generated");
	}

	@Test
	void replacesAClientIdLongerThan64Characters() {
		assertThat(this.policy.idFor("a".repeat(65))).isEqualTo("generated");
	}

	@Test
	void generatesDistinctUuidsByDefault() {
		RequestIdPolicy defaults = new RequestIdPolicy();
		String first = defaults.idFor(null);
		assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertThat(defaults.idFor(null)).isNotEqualTo(first);
	}

}
