package dev.orderflow.testsupport.tokens;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;

/**
 * Stands in for user-service's {@code /.well-known/jwks.json} in tests: one JVM-wide HTTP
 * server on a random loopback port publishing the public half of keys generated here, so
 * that tests can sign tokens the service accepts. It can also publish another key later
 * (rotation) or fail (user-service down).
 */
public final class TestJwks {

	private static final String PATH = "/.well-known/jwks.json";

	private static final RSAKey SIGNING_KEY = generate("test-key");

	private static final List<RSAKey> published = new CopyOnWriteArrayList<>(List.of(SIGNING_KEY));

	private static volatile boolean failing;

	private static final DisposableServer server = start();

	private TestJwks() {
	}

	/**
	 * Where the keys are published.
	 * @return the JWKS URI
	 */
	public static String uri() {
		return baseUri() + PATH;
	}

	/**
	 * The server, as a discovery client would list an instance of user-service.
	 * @return scheme, host and port
	 */
	public static String baseUri() {
		return "http://127.0.0.1:" + server.port();
	}

	/**
	 * The key whose public half is published from the start.
	 * @return the signing key, with its private half
	 */
	public static RSAKey signingKey() {
		return SIGNING_KEY;
	}

	public static RSAKey generate(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A key from a PKCS#8 PEM private key, as services read theirs from a mounted file.
	 * @param pem the {@code -----BEGIN PRIVATE KEY-----} text
	 * @param keyId the {@code kid} to sign with
	 * @return the key, with its public half derived from the private one
	 */
	public static RSAKey fromPem(String pem, String keyId) {
		try {
			byte[] der = Base64.getMimeDecoder()
				.decode(pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", ""));
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
			RSAPublicKey publicKey = (RSAPublicKey) rsa
				.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
			return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(keyId).build();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Publishes another key until the returned handle is closed.
	 * @param key the key to publish too
	 * @return closes to stop publishing it
	 */
	public static AutoCloseable publish(RSAKey key) {
		published.add(key);
		return () -> published.remove(key);
	}

	/**
	 * Answers 503 until the returned handle is closed.
	 * @return closes to answer normally again
	 */
	public static AutoCloseable fail() {
		failing = true;
		return () -> failing = false;
	}

	private static DisposableServer start() {
		// its own event loop: a Spring context that closes in this JVM (a test that
		// restarts
		// the application) disposes Reactor Netty's global loops, and with them a server
		// on
		// those loops; every context started after it could not fetch the keys any more
		DisposableServer started = HttpServer.create()
			.runOn(LoopResources.create("test-jwks", 1, true))
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.get(PATH, (request, response) -> {
				if (failing) {
					return response.status(503).send();
				}
				return response.header("Content-Type", "application/json").sendString(Mono.just(publicKeys()));
			}))
			.bindNow();
		Runtime.getRuntime().addShutdownHook(new Thread(started::disposeNow, "test-jwks-stop"));
		return started;
	}

	private static String publicKeys() {
		List<JWK> keys = new ArrayList<>();
		for (RSAKey key : published) {
			keys.add(key.toPublicJWK());
		}
		return new JWKSet(keys).toString();
	}

}
