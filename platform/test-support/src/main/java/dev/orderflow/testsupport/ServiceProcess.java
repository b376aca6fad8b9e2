package dev.orderflow.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service started from its packaged exec jar as a real process, as it runs in
 * production: its own JVM, port and log file ({@code target/it-logs/<name>.log}). The jar
 * is {@code <orderflow.it.apps>/<name>-exec.jar} (the module's build copies it there).
 */
public final class ServiceProcess {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final Path log;

	private final Process process;

	private final Map<String, String> environment;

	private final List<String> arguments;

	private ServiceProcess(String name, int port, Path log, Process process, Map<String, String> environment,
			List<String> arguments) {
		this.name = name;
		this.port = port;
		this.log = log;
		this.process = process;
		this.environment = Map.copyOf(environment);
		this.arguments = List.copyOf(arguments);
		// never leave a service behind, whatever happens to the test JVM's tests
		Runtime.getRuntime().addShutdownHook(new Thread(this::kill, name + "-stop"));
	}

	/**
	 * Starts {@code target/apps/<name>-exec.jar}.
	 * @param name the artifact id
	 * @param port the port it serves on (also passed as {@code --server.port})
	 * @param environment extra environment variables
	 * @param arguments Spring Boot arguments ({@code --name=value})
	 * @return the running process (not yet healthy)
	 */
	public static ServiceProcess start(String name, int port, Map<String, String> environment, List<String> arguments) {
		Path jar = Path.of(System.getProperty("orderflow.it.apps", "target/apps")).resolve(name + "-exec.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: run the build through 'verify' (it copies the jar)");
		}
		Path logs = Path.of(System.getProperty("orderflow.it.logs", "target/it-logs"));
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port));
		command.addAll(arguments);
		try {
			Files.createDirectories(logs);
			Path log = logs.resolve(name + ".log");
			// a restart appends, so the log tells the whole story
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(environment);
			return new ServiceProcess(name, port, log, builder.start(), environment, arguments);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start " + name, ex);
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public int port() {
		return this.port;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * Waits until {@code /actuator/health} answers 200.
	 * @param timeout how long to wait
	 * @return this process
	 */
	public ServiceProcess awaitHealthy(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.name + " exited with " + this.process.exitValue() + "; see " + this.log);
			}
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return this;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(Duration.ofMillis(500));
		}
		throw new IllegalStateException(this.name + " not healthy within " + timeout + "; see " + this.log);
	}

	/**
	 * Starts the same service again, on the same port with the same settings.
	 * @return the new process (not yet healthy)
	 */
	public ServiceProcess restart() {
		kill();
		return start(this.name, this.port, this.environment, this.arguments);
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Ends the process at once, like a crash ({@code kill -9}): no deregistration, no
	 * cleanup.
	 */
	public void kill() {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
			try {
				this.process.waitFor(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	public static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
