package dev.orderflow.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An operator's command-line tool, run on the files as an operator would run it. A tool
 * that is not installed fails the check with the way to install it: a check that skipped
 * itself would prove nothing ({@code .ci/run} installs them all).
 *
 * @param command the executable
 * @param install how to get it
 */
public record Tool(String command, String install) {

	/** Validates compose files offline (Debian's docker-compose 1.29). */
	public static final Tool DOCKER_COMPOSE = new Tool("docker-compose", "apt-get install docker-compose");

	/** Renders kustomizations offline. */
	public static final Tool KUBECTL = new Tool("kubectl",
			"install kubectl (the machine image has it; see docs/deploy.md)");

	/** Checks Prometheus configuration and rules, and runs rule unit tests. */
	public static final Tool PROMTOOL = new Tool("promtool", "apt-get install prometheus");

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	/**
	 * Runs the tool to its end.
	 * @param workDir the working directory
	 * @param arguments the arguments
	 * @return its exit code and what it printed (stdout and stderr together)
	 */
	public Result run(Path workDir, String... arguments) {
		List<String> line = new java.util.ArrayList<>(List.of(this.command));
		line.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(line).directory(workDir.toFile()).redirectErrorStream(true);
		// no proxy or kubeconfig of the machine may change what an offline check does
		Map<String, String> environment = builder.environment();
		environment.put("KUBECONFIG", workDir.resolve(".no-kubeconfig").toString());
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"'" + this.command + "' is needed for this check and is not installed: " + this.install, ex);
		}
		try {
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(line + " did not finish within " + TIMEOUT);
			}
			return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What a run of a tool ended with.
	 *
	 * @param exitCode the process's exit code
	 * @param output stdout and stderr
	 */
	public record Result(int exitCode, String output) {

		/**
		 * Whether the tool accepted its input.
		 * @return exit code 0
		 */
		public boolean succeeded() {
			return this.exitCode == 0;
		}

	}

}
