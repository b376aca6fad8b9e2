package dev.orderflow.user.auth.keys;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;

import org.springframework.security.converter.RsaKeyConverters;

/**
 * Reads PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}) with Spring Security's
 * converter.
 */
final class Pem {

	private Pem() {
	}

	static RSAPrivateCrtKey privateKey(String pem) {
		RSAPrivateKey key = RsaKeyConverters.pkcs8()
			.convert(new ByteArrayInputStream(pem.trim().getBytes(StandardCharsets.US_ASCII)));
		if (!(key instanceof RSAPrivateCrtKey crtKey)) {
			throw new IllegalArgumentException("The signing key must be a full RSA private key (with CRT parameters)");
		}
		return crtKey;
	}

}
