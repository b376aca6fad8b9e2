package dev.orderflow.user;

import java.io.IOException;
import java.io.InputStream;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.converter.RsaKeyConverters;

/** Signs tokens in tests, with the service's test keys or with a stranger's key. */
public final class TestTokens {

	private TestTokens() {
	}

	public static RSAKey testKey() {
		return load("keys/test-signing-key.pem", "test-key");
	}

	public static RSAKey previousKey() {
		return load("keys/test-previous-key.pem", "previous-key");
	}

	public static RSAKey strangerKey() {
		try {
			return new RSAKeyGenerator(2048).keyID("test-key").generate();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static Builder token() {
		return new Builder();
	}

	public static final class Builder {

		private String subject = "00000000-0000-0000-0000-000000000001";

		private String issuer = "orderflow";

		private String audience = "orderflow-api";

		private Instant expiresAt = Instant.now().plusSeconds(300);

		private List<String> roles = List.of("CUSTOMER");

		public Builder subject(String subject) {
			this.subject = subject;
			return this;
		}

		public Builder issuer(String issuer) {
			this.issuer = issuer;
			return this;
		}

		public Builder audience(String audience) {
			this.audience = audience;
			return this;
		}

		public Builder expiresAt(Instant expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		public Builder roles(String... roles) {
			this.roles = List.of(roles);
			return this;
		}

		public String signedWith(RSAKey key) {
			try {
				JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(this.subject)
					.issuer(this.issuer)
					.audience(this.audience)
					.issueTime(Date.from(this.expiresAt.minusSeconds(900)))
					.expirationTime(Date.from(this.expiresAt))
					.claim("roles", this.roles)
					.build();
				SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
					.type(JOSEObjectType.JWT)
					.build(), claims);
				jwt.sign(new RSASSASigner(key));
				return jwt.serialize();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	private static RSAKey load(String path, String id) {
		try (InputStream pem = new ClassPathResource(path).getInputStream()) {
			RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) RsaKeyConverters.pkcs8()
				.convert(new java.io.ByteArrayInputStream(pem.readAllBytes()));
			RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
			return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(id).build();
		}
		catch (IOException | java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
