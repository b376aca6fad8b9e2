package dev.orderflow.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml as Docker Compose reads it ({@code docker-compose config}), with the
 * committed {@code .env.example} as the operator's {@code .env}; and what it must refuse.
 */
class ComposeFileTest {

	private static final Set<String> PUBLISHED = Set.of("gateway-service", "discovery-service", "grafana", "zipkin",
			"mailpit");

	@TempDir
	Path dir;

	@Test
	void isValidWithTheExampleEnvironment() throws IOException {
		Tool.Result config = compose(withExampleEnv(), "config", "-q");

		assertThat(config.succeeded()).as(config.output()).isTrue();
	}

	@Test
	void publishesOnlyTheGatewayEurekaGrafanaZipkinAndMailpit() throws IOException {
		Map<String, Map<String, Object>> services = resolvedServices();

		services.forEach((name, service) -> assertThat(service.containsKey("ports") == PUBLISHED.contains(name))
			.as("%s publishes ports: %s", name, service.get("ports"))
			.isTrue());
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyPartHasAHealthCheckAMemoryLimitAndWaitsForHealthyDependencies() throws IOException {
		Map<String, Map<String, Object>> services = resolvedServices();

		assertThat(services).containsKeys("postgres", "kafka", "redis", "zipkin", "prometheus", "grafana", "mailpit",
				"discovery-service", "user-service", "order-service", "notification-service", "gateway-service");
		services.forEach((name, service) -> {
			// zipkin's image brings its own HEALTHCHECK
			if (!name.equals("zipkin")) {
				assertThat(service).as(name).containsKey("healthcheck");
			}
			Map<String, Object> deploy = (Map<String, Object>) service.get("deploy");
			assertThat(deploy).as(name + " deploy").isNotNull();
			assertThat((Map<String, Object>) ((Map<String, Object>) deploy.get("resources")).get("limits"))
				.as(name + " limits")
				.containsKey("memory");
			Map<String, Map<String, Object>> dependencies = (Map<String, Map<String, Object>>) service
				.getOrDefault("depends_on", Map.of());
			dependencies.forEach(
					(dependency, condition) -> assertThat(condition.get("condition")).as(name + " -> " + dependency)
						.isIn("service_healthy", "service_started"));
		});
	}

	@Test
	void refusesADependencyOnAServiceThatDoesNotExist() throws IOException {
		Path project = withExampleEnv();
		breakFile(project.resolve("docker-compose.yml"), "      redis:\n        condition: service_healthy",
				"      cache:\n        condition: service_healthy");

		Tool.Result config = compose(project, "config", "-q");

		assertThat(config.succeeded()).isFalse();
		assertThat(config.output()).contains("depends on service 'cache' which is undefined");
	}

	@Test
	void refusesAMisspelledOption() throws IOException {
		Path project = withExampleEnv();
		breakFile(project.resolve("docker-compose.yml"), "    healthcheck:", "    healtcheck:");

		Tool.Result config = compose(project, "config", "-q");

		assertThat(config.succeeded()).isFalse();
		assertThat(config.output()).contains("Unsupported config option").contains("healtcheck");
	}

	@Test
	void refusesToRunWithoutTheOperatorsSecrets() throws IOException {
		Path project = ProjectTree.copy(this.dir, "docker-compose.yml");

		Tool.Result config = compose(project, "config", "-q");

		assertThat(config.succeeded()).isFalse();
		assertThat(config.output()).contains("in .env");
	}

	@Test
	void commitsNoSecret() {
		Tool.Result tracked = new Tool("git", "apt-get install git").run(ProjectTree.root(), "ls-files", ".env",
				"secrets");

		assertThat(tracked.succeeded()).as(tracked.output()).isTrue();
		assertThat(tracked.output().lines()).containsExactly("secrets/README.md");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Map<String, Object>> resolvedServices() throws IOException {
		Tool.Result config = compose(withExampleEnv(), "config");
		assertThat(config.succeeded()).as(config.output()).isTrue();
		Map<String, Object> resolved = new Yaml().load(config.output());
		return (Map<String, Map<String, Object>>) resolved.get("services");
	}

	private Path withExampleEnv() throws IOException {
		Path project = ProjectTree.copy(this.dir, "docker-compose.yml", ".env.example");
		Files.copy(project.resolve(".env.example"), project.resolve(".env"));
		return project;
	}

	private static Tool.Result compose(Path project, String... arguments) {
		List<String> line = new java.util.ArrayList<>(List.of("-f", "docker-compose.yml"));
		line.addAll(List.of(arguments));
		return Tool.DOCKER_COMPOSE.run(project, line.toArray(String[]::new));
	}

	static void breakFile(Path file, String text, String broken) throws IOException {
		String original = Files.readString(file);
		assertThat(original).as("the text to break in " + file.getFileName()).contains(text);
		Files.writeString(file, original.replaceFirst(java.util.regex.Pattern.quote(text),
				java.util.regex.Matcher.quoteReplacement(broken)));
	}

}
