package dev.orderflow.user.auth.keys;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.RSAPublicKeySpec;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * All configured signing keys. The active one signs new tokens; every one is published in
 * the JWKS, so tokens signed by a key being retired stay valid until they expire and keys
 * can rotate without downtime: add the new key, make it active, drop the old one after
 * the token lifetime.
 */
public final class SigningKeys {

	private final RSAKey active;

	private final JWKSet publicKeys;

	private SigningKeys(RSAKey active, List<RSAKey> all) {
		this.active = active;
		this.publicKeys = new JWKSet(all.stream().map((key) -> (com.nimbusds.jose.jwk.JWK) key.toPublicJWK()).toList());
	}

	/**
	 * Keys from PEM-encoded PKCS#8 RSA private keys.
	 * @param pemById the private keys by key id, in configuration order
	 * @param activeKeyId the key that signs; {@code null} or blank for the first one
	 * @return the keys
	 */
	public static SigningKeys fromPem(Map<String, String> pemById, String activeKeyId) {
		if (pemById.isEmpty()) {
			throw new IllegalArgumentException("No signing key configured");
		}
		List<RSAKey> keys = pemById.entrySet()
			.stream()
			.map((entry) -> rsaKey(entry.getKey(), Pem.privateKey(entry.getValue())))
			.toList();
		String activeId = (activeKeyId == null || activeKeyId.isBlank()) ? keys.get(0).getKeyID() : activeKeyId;
		RSAKey active = keys.stream()
			.filter((key) -> key.getKeyID().equals(activeId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Active signing key '" + activeId + "' is not configured"));
		return new SigningKeys(active, keys);
	}

	/**
	 * A fresh key that lives as long as this process: for local runs and tests only,
	 * since tokens die with a restart and replicas would not share it.
	 * @return keys with one generated key
	 */
	public static SigningKeys ephemeral() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate())
				.keyID("ephemeral-" + UUID.randomUUID())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.build();
			return new SigningKeys(key, List.of(key));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public RSAKey active() {
		return this.active;
	}

	public JWKSet publicKeys() {
		return this.publicKeys;
	}

	private static RSAKey rsaKey(String id, RSAPrivateCrtKey privateKey) {
		try {
			RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
			return new RSAKey.Builder(publicKey).privateKey(privateKey)
				.keyID(id)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.build();
		}
		catch (NoSuchAlgorithmException | InvalidKeySpecException ex) {
			throw new IllegalArgumentException("Signing key '" + id + "' is not a usable RSA key", ex);
		}
	}

}
