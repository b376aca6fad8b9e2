package dev.orderflow.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The Grafana dashboards and their provisioning: valid JSON, data sources that exist,
 * queries that read metrics, and one copy used by both compose and Kubernetes. That the
 * metrics exist on the services is checked by system-tests' MonitoredMetricsIT.
 */
class DashboardsTest {

	private static final Path ROOT = ProjectTree.root();

	// Grafana's own data source (annotations), always there
	private static final Set<String> GRAFANA_ITSELF = Set.of("grafana", "-- Grafana --");

	@TempDir
	Path dir;

	@Test
	void everyDashboardIsValidJsonWithAUniqueUid() {
		Set<Object> uids = new HashSet<>();
		for (Path dashboard : dashboards()) {
			Map<?, ?> tree = (Map<?, ?>) MonitoringQueries.parseDashboard(dashboard);
			assertThat(tree.get("uid")).as(dashboard + " uid").isNotNull();
			assertThat(uids.add(tree.get("uid"))).as("uid of " + dashboard + " is unique").isTrue();
			assertThat(tree.get("title")).as(dashboard + " title").isNotNull();
		}
		assertThat(dashboards()).extracting((file) -> file.getFileName().toString())
			.contains("saga-overview.json", "gateway.json", "services.json");
	}

	@Test
	void everyPanelUsesAProvisionedDataSourceAndEveryQueryReadsAMetric() {
		Set<String> provisioned = provisionedDataSourceUids();
		List<String> problems = new ArrayList<>();
		for (Path dashboard : dashboards()) {
			collectDataSourceUids(MonitoringQueries.parseDashboard(dashboard), (uid) -> {
				if (!provisioned.contains(uid) && !uid.startsWith("$") && !GRAFANA_ITSELF.contains(uid)) {
					problems.add(dashboard.getFileName() + " uses data source '" + uid + "'");
				}
			});
		}
		MonitoringQueries.read(ROOT)
			.queries()
			.stream()
			.filter((query) -> !query.expression().isBlank() && PromQl.metricNames(query.expression()).isEmpty())
			.forEach((query) -> problems.add(query.where() + " reads no metric: " + query.expression()));

		assertThat(problems).isEmpty();
		assertThat(provisioned).contains("prometheus", "zipkin");
	}

	@Test
	void composeAndKubernetesProvisionTheSameDashboards() throws IOException {
		String provider = Files.readString(ROOT.resolve("ops/grafana/provisioning/dashboards/dashboards.yml"));
		String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
		String kustomization = Files.readString(ROOT.resolve("ops/kustomization.yaml"));

		assertThat(provider).contains("/var/lib/grafana/dashboards");
		assertThat(compose).contains("./ops/grafana/dashboards:/var/lib/grafana/dashboards");
		for (Path dashboard : dashboards()) {
			assertThat(kustomization).contains("grafana/dashboards/" + dashboard.getFileName());
		}
	}

	@Test
	void refusesADashboardThatIsNotJson() throws IOException {
		Path copy = ProjectTree.copy(this.dir, "ops/grafana/dashboards").resolve("ops/grafana/dashboards");
		Path broken = copy.resolve("gateway.json");
		String json = Files.readString(broken);
		Files.writeString(broken, json.substring(0, json.length() / 2));

		assertThatIllegalArgumentException().isThrownBy(() -> MonitoringQueries.parseDashboard(broken))
			.withMessageContaining("gateway.json is not valid JSON");
	}

	@Test
	void refusesADashboardWithADuplicateKey() throws IOException {
		Path broken = this.dir.resolve("duplicate.json");
		Files.writeString(broken, "{\"uid\": \"a\", \"title\": \"x\", \"uid\": \"b\"}");

		assertThatIllegalArgumentException().isThrownBy(() -> MonitoringQueries.parseDashboard(broken))
			.withMessageContaining("uid");
	}

	private static List<Path> dashboards() {
		try (Stream<Path> files = Files.list(ROOT.resolve("ops/grafana/dashboards"))) {
			return files.filter((file) -> file.toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Set<String> provisionedDataSourceUids() {
		try {
			Map<String, Object> provisioning = new Yaml()
				.load(Files.readString(ROOT.resolve("ops/grafana/provisioning/datasources/datasources.yml")));
			Set<String> uids = new HashSet<>();
			for (Map<String, Object> source : (List<Map<String, Object>>) provisioning.get("datasources")) {
				uids.add(String.valueOf(source.get("uid")));
			}
			return uids;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void collectDataSourceUids(Object node, java.util.function.Consumer<String> uids) {
		if (node instanceof Map<?, ?> map) {
			if (map.get("datasource") instanceof Map<?, ?> source && source.get("uid") instanceof String uid) {
				uids.accept(uid);
			}
			map.values().forEach((value) -> collectDataSourceUids(value, uids));
		}
		else if (node instanceof List<?> list) {
			list.forEach((item) -> collectDataSourceUids(item, uids));
		}
	}

}
