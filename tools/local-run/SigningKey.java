import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * Writes an RSA private key (PKCS#8 PEM) for user-service to sign tokens with, so that
 * tokens survive a restart of user-service (as with a mounted secret in a deployment).
 * Only a JDK is needed (no openssl).
 *
 * Usage: java SigningKey.java FILE
 */
public class SigningKey {

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
			.encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n",
				StandardCharsets.US_ASCII);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
	}

}
