package dev.orderflow.user;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.nimbusds.jose.jwk.RSAKey;

import org.springframework.core.io.ClassPathResource;

import dev.orderflow.testsupport.tokens.TestJwks;

/**
 * The keys user-service's tests sign with ({@code TestTokens} of test-support builds the
 * tokens): the service's test keys, and a stranger's key with the same key id.
 */
public final class TestKeys {

	private TestKeys() {
	}

	public static RSAKey testKey() {
		return load("keys/test-signing-key.pem", "test-key");
	}

	public static RSAKey previousKey() {
		return load("keys/test-previous-key.pem", "previous-key");
	}

	public static RSAKey strangerKey() {
		return TestJwks.generate("test-key");
	}

	private static RSAKey load(String path, String id) {
		try (InputStream pem = new ClassPathResource(path).getInputStream()) {
			return TestJwks.fromPem(new String(pem.readAllBytes(), StandardCharsets.US_ASCII), id);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
