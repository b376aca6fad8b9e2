package dev.orderflow.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.jwk.RSAKey;

import dev.orderflow.testsupport.tokens.TestJwks;

/**
 * The whole system as a developer runs it: started by {@code ./dev up} (the same runner,
 * from the packaged jars) once per test JVM, stopped by {@code ./dev down} at exit. Tests
 * talk to it only through the gateway on 127.0.0.1:8080, as a frontend app does, and use
 * {@code ./dev kill|start|restart} to inject faults. Its state (pids, logs, data) is in
 * {@code system-tests/target/dev}; downloaded jars are shared with the developer's
 * {@code .dev/lib}.
 */
final class WholeSystem {

	static final String GATEWAY = "http://127.0.0.1:8080";

	static final String ZIPKIN = "http://127.0.0.1:9411";

	static final String MAIL = "http://127.0.0.1:8025";

	static final String ADMIN_EMAIL = "admin@orderflow.local";

	static final String ADMIN_PASSWORD = "local-admin-password";

	/** The saga deadline ./dev runs order-service with: its default, as deployed. */
	static final Duration SAGA_DEADLINE = Duration.ofSeconds(30);

	/** How long a claimed email waits for the replica that claimed it. */
	static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(20);

	private static WholeSystem running;

	private final Path root = Path.of(System.getProperty("orderflow.root", "..")).toAbsolutePath().normalize();

	private final Path state = Path.of(System.getProperty("orderflow.dev.state", "target/dev")).toAbsolutePath();

	private WholeSystem() {
	}

	static synchronized WholeSystem up() {
		if (running == null) {
			WholeSystem system = new WholeSystem();
			Runtime.getRuntime().addShutdownHook(new Thread(system::down, "dev-down"));
			system.dev("up", "-d");
			running = system;
		}
		return running;
	}

	/** {@code kill -9} of one part. */
	void kill(String part) {
		dev("kill", part);
	}

	/**
	 * {@code SIGSTOP} of one part and its children: it hangs, its connections stay open.
	 */
	void freeze(String part) {
		dev("freeze", part);
	}

	/** {@code SIGCONT} of a frozen part. */
	void thaw(String part) {
		dev("thaw", part);
	}

	/** Starts a killed part again and waits until it is healthy. */
	void start(String part) {
		dev("start", part);
	}

	/**
	 * Starts a killed part with more environment (a fault switch, say) and waits until it
	 * is healthy.
	 * @return false if it died before that
	 */
	boolean startWith(String part, Map<String, String> environment) {
		try {
			dev(environment, "start", part);
			return true;
		}
		catch (IllegalStateException died) {
			return false;
		}
	}

	/** Stops a part gracefully, starts it again and waits until it is healthy. */
	void restart(String part) {
		dev("restart", part);
	}

	/**
	 * {@code ./dev bench <arguments>}, as a developer runs it.
	 * @return what it printed
	 */
	String bench(String... arguments) {
		List<String> command = new ArrayList<>(List.of("bench"));
		command.addAll(List.of(arguments));
		return dev(command.toArray(String[]::new));
	}

	void down() {
		dev("down");
	}

	Path log(String part) {
		return this.state.resolve("logs").resolve(part + ".log");
	}

	/** user-service's signing key, as a test would steal it to forge an expired token. */
	RSAKey signingKey() {
		try {
			return TestJwks.fromPem(Files.readString(this.state.resolve("secrets/jwt.pem"), StandardCharsets.US_ASCII),
					"dev-key");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String dev(String... arguments) {
		return dev(Map.of(), arguments);
	}

	private String dev(Map<String, String> environment, String... arguments) {
		List<String> command = new ArrayList<>(List.of("bash", this.root.resolve("dev").toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.root.toFile()).redirectErrorStream(true);
		builder.environment().put("DEV_STATE", this.state.toString());
		builder.environment().put("DEV_LIB", this.root.resolve(".dev/lib").toString());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		// emails that a killed notification-service had claimed go out once the claim
		// times out: 2 min as deployed (a claim covers a whole batch of sends), 20 s
		// here,
		// so that the fault runs wait for them 20 s and not 2 min
		builder.environment().put("ORDERFLOW_NOTIFICATIONS_EMAIL_CLAIMTIMEOUT", CLAIM_TIMEOUT.toSeconds() + "s");
		builder.environment().putAll(environment);
		try {
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(15, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("./dev " + String.join(" ", arguments) + " did not finish");
			}
			System.out.println("./dev " + String.join(" ", arguments) + ":\n" + output);
			if (process.exitValue() != 0) {
				throw new IllegalStateException(
						"./dev " + String.join(" ", arguments) + " failed (" + process.exitValue() + "):\n" + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
