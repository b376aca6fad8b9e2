package dev.orderflow.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every overlay rendered with {@code kubectl kustomize}, as {@code kubectl apply -k}
 * would, with the secret files made from their committed examples; every object checked
 * strictly against the Kubernetes API; the rules a demanding operator expects of the
 * result; and what must be refused.
 */
class KubernetesManifestsTest {

	private static final Set<String> APPS = Set.of("discovery-service", "user-service", "order-service",
			"notification-service", "gateway-service");

	private static final Set<String> SCALED = Set.of("user-service", "order-service", "notification-service",
			"gateway-service");

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyRenderedObjectIsValidAgainstTheKubernetesApi(String overlay) throws IOException {
		List<Map<String, Object>> objects = render(overlay);

		assertThat(objects).extracting(KubernetesObjects::violations).allMatch(List::isEmpty, "no violations");
		assertThat(objects).flatExtracting(KubernetesObjects::violations).isEmpty();
		assertThat(objects).extracting((object) -> object.get("kind"))
			.contains("Namespace", "Deployment", "StatefulSet", "Service", "Ingress", "HorizontalPodAutoscaler",
					"PodDisruptionBudget", "NetworkPolicy", "ConfigMap", "Secret");
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everythingButTheNamespaceItselfLivesInTheNamespace(String overlay) throws IOException {
		for (Map<String, Object> object : render(overlay)) {
			if (!"Namespace".equals(object.get("kind"))) {
				assertThat(metadata(object).get("namespace")).as(describe(object)).isEqualTo("orderflow");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	@SuppressWarnings("unchecked")
	void appsRunLockedDownWithProbesAndResources(String overlay) throws IOException {
		List<Map<String, Object>> apps = render(overlay).stream()
			.filter((object) -> "Deployment".equals(object.get("kind"))
					&& APPS.contains(KubernetesObjects.name(object)))
			.toList();

		assertThat(apps).hasSize(APPS.size());
		for (Map<String, Object> app : apps) {
			Map<String, Object> pod = map(map(map(app, "spec"), "template"), "spec");
			assertThat(map(pod, "securityContext").get("runAsNonRoot")).as(describe(app)).isEqualTo(true);
			assertThat(pod.get("automountServiceAccountToken")).as(describe(app)).isEqualTo(false);
			for (Map<String, Object> container : list(pod, "containers")) {
				String name = describe(app) + " " + container.get("name");
				assertThat(container).as(name).containsKeys("startupProbe", "livenessProbe", "readinessProbe");
				Map<String, Object> security = map(container, "securityContext");
				assertThat(security.get("readOnlyRootFilesystem")).as(name).isEqualTo(true);
				assertThat(security.get("allowPrivilegeEscalation")).as(name).isEqualTo(false);
				assertThat((List<Object>) map(security, "capabilities").get("drop")).as(name).contains("ALL");
				Map<String, Object> resources = map(container, "resources");
				assertThat(map(resources, "requests")).as(name).containsKeys("cpu", "memory");
				assertThat(map(resources, "limits")).as(name).containsKey("memory");
				assertThat(String.valueOf(container.get("image"))).as(name).doesNotEndWith(":latest").contains(":");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void onlyTheGatewayIsReachableFromOutside(String overlay) throws IOException {
		List<Map<String, Object>> objects = render(overlay);

		List<String> backends = new ArrayList<>();
		collect(objects.stream().filter((object) -> "Ingress".equals(object.get("kind"))).toList(), "service",
				(service) -> backends.add(String.valueOf(service.get("name"))));
		assertThat(backends).isNotEmpty().containsOnly("gateway-service");
		objects.stream()
			.filter((object) -> "Service".equals(object.get("kind")))
			.forEach((service) -> assertThat(map(service, "spec").getOrDefault("type", "ClusterIP"))
				.as(describe(service))
				.isEqualTo("ClusterIP"));
		// ingress is denied by default; each part lets in only who needs it
		assertThat(objects).anyMatch((object) -> "NetworkPolicy".equals(object.get("kind"))
				&& map(map(object, "spec"), "podSelector").isEmpty() && !map(object, "spec").containsKey("ingress"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyAppThatScalesHasAnAutoscalerAndADisruptionBudget(String overlay) throws IOException {
		List<Map<String, Object>> objects = render(overlay);

		for (String kind : List.of("HorizontalPodAutoscaler", "PodDisruptionBudget")) {
			assertThat(objects.stream()
				.filter((object) -> kind.equals(object.get("kind")))
				.map(KubernetesObjects::name)
				.toList()).as(kind).containsAll(SCALED);
		}
	}

	@Test
	void productionRunsSeveralReplicasAndThreeKafkaBrokers() throws IOException {
		List<Map<String, Object>> objects = render("prod");

		objects.stream()
			.filter((object) -> "HorizontalPodAutoscaler".equals(object.get("kind")))
			.forEach((hpa) -> assertThat((Integer) map(hpa, "spec").get("minReplicas")).as(describe(hpa))
				.isGreaterThanOrEqualTo(2));
		Map<String, Object> kafka = objects.stream()
			.filter((object) -> "StatefulSet".equals(object.get("kind"))
					&& "kafka".equals(KubernetesObjects.name(object)))
			.findFirst()
			.orElseThrow();
		assertThat(map(kafka, "spec").get("replicas")).isEqualTo(3);
	}

	@Test
	void commitsNoSecret() {
		Tool.Result tracked = new Tool("git", "apt-get install git").run(ProjectTree.root(), "ls-files", "k8s");

		assertThat(tracked.succeeded()).as(tracked.output()).isTrue();
		assertThat(tracked.output().lines().filter((file) -> file.contains("/secrets/"))).isNotEmpty()
			.allMatch((file) -> file.endsWith(".example"), "only examples");
	}

	@Test
	void reportsAMisspelledFieldInADeployment() throws IOException {
		Path copy = copyWithSecrets();
		ComposeFileTest.breakFile(copy.resolve("k8s/base/apps/order-service.yaml"), "readinessProbe:",
				"readynessProbe:");

		List<String> violations = violations(kustomize(copy, "dev"));

		assertThat(violations).singleElement()
			.asString()
			.contains("Deployment order-service")
			.contains("readynessProbe");
	}

	@Test
	void reportsAValueOfTheWrongType() throws IOException {
		Path copy = copyWithSecrets();
		ComposeFileTest.breakFile(copy.resolve("k8s/base/apps/order-service.yaml"), "failureThreshold: 36",
				"failureThreshold: many");

		List<String> violations = violations(kustomize(copy, "dev"));

		assertThat(violations).singleElement().asString().contains("Deployment order-service");
	}

	@Test
	void reportsAKindInTheWrongApiGroupOrOneThatIsNotServed() {
		assertThat(KubernetesObjects
			.violations(Map.of("apiVersion", "v1", "kind", "Deployment", "metadata", Map.of("name", "x"))))
			.singleElement()
			.asString()
			.contains("not in group 'apps'");
		assertThat(KubernetesObjects.violations(
				Map.of("apiVersion", "policy/v1beta1", "kind", "PodDisruptionBudget", "metadata", Map.of("name", "x"))))
			.singleElement()
			.asString()
			.contains("does not exist");
	}

	@Test
	void refusesAnOverlayWhoseSecretFilesAreMissing() {
		Path copy = ProjectTree.copy(this.dir, "k8s", "ops");

		Tool.Result rendered = Tool.KUBECTL.run(copy, "kustomize", "k8s/overlays/prod");

		assertThat(rendered.succeeded()).isFalse();
		assertThat(rendered.output()).contains("secrets/");
	}

	private List<Map<String, Object>> render(String overlay) {
		return KubernetesObjects.parse(kustomize(copyWithSecrets(), overlay));
	}

	private static String kustomize(Path copy, String overlay) {
		Tool.Result rendered = Tool.KUBECTL.run(copy, "kustomize", "k8s/overlays/" + overlay);
		assertThat(rendered.succeeded()).as(rendered.output()).isTrue();
		return rendered.output();
	}

	private static List<String> violations(String rendered) {
		return KubernetesObjects.parse(rendered)
			.stream()
			.flatMap((object) -> KubernetesObjects.violations(object).stream())
			.toList();
	}

	// the operator's step: every secrets/*.example copied to its real name
	private Path copyWithSecrets() {
		Path copy = ProjectTree.copy(this.dir.resolve("tree-" + System.nanoTime()), "k8s", "ops");
		try (Stream<Path> files = Files.walk(copy.resolve("k8s"))) {
			for (Path example : files.filter((file) -> file.toString().endsWith(".example")).toList()) {
				String name = example.getFileName().toString();
				Files.copy(example, example.resolveSibling(name.substring(0, name.length() - ".example".length())));
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return copy;
	}

	@SuppressWarnings("unchecked")
	private static void collect(Object node, String key, java.util.function.Consumer<Map<String, Object>> found) {
		if (node instanceof Map<?, ?> map) {
			if (map.get(key) instanceof Map<?, ?> value) {
				found.accept((Map<String, Object>) value);
			}
			map.values().forEach((value) -> collect(value, key, found));
		}
		else if (node instanceof List<?> list) {
			list.forEach((item) -> collect(item, key, found));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> parent, String key) {
		Object value = parent.get(key);
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
		Object value = parent.get(key);
		return (value instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

	private static Map<String, Object> metadata(Map<String, Object> object) {
		return map(object, "metadata");
	}

	private static String describe(Map<String, Object> object) {
		return object.get("kind") + " " + KubernetesObjects.name(object);
	}

}
