package dev.orderflow.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every PromQL query of the Grafana dashboards and the Prometheus rules under
 * {@code ops/}, and the metric names they read. Names made by Prometheus itself
 * ({@code up}) or by our own recording rules are not expected from a service.
 */
public final class MonitoringQueries {

	/** Series that Prometheus makes itself, not a service. */
	public static final Set<String> MADE_BY_PROMETHEUS = Set.of("up", "scrape_duration_seconds",
			"scrape_samples_scraped", "ALERTS", "ALERTS_FOR_STATE");

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final List<Query> queries;

	private final Set<String> recorded;

	private MonitoringQueries(List<Query> queries, Set<String> recorded) {
		this.queries = List.copyOf(queries);
		this.recorded = Set.copyOf(recorded);
	}

	/**
	 * Reads {@code ops/grafana/dashboards/*.json} and
	 * {@code ops/prometheus/rules/*.rules.yml}.
	 * @param root the repository (or a copy of its {@code ops/})
	 * @return the queries
	 */
	public static MonitoringQueries read(Path root) {
		List<Query> queries = new ArrayList<>();
		Set<String> recorded = new TreeSet<>();
		for (Path dashboard : files(root.resolve("ops/grafana/dashboards"), ".json")) {
			Object tree = parseDashboard(dashboard);
			collectDashboardQueries(tree, dashboard.getFileName().toString(), "", queries);
		}
		for (Path rules : files(root.resolve("ops/prometheus/rules"), ".rules.yml")) {
			collectRuleQueries(rules, queries, recorded);
		}
		return new MonitoringQueries(queries, recorded);
	}

	/**
	 * A dashboard as a tree of maps and lists; strict JSON (no duplicate keys, nothing
	 * after the object), as Grafana reads it.
	 * @param dashboard the file
	 * @return the parsed tree
	 * @throws IllegalArgumentException if it is not valid JSON
	 */
	public static Object parseDashboard(Path dashboard) {
		try {
			return JSON.readValue(Files.readString(dashboard), Object.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(dashboard.getFileName() + " is not valid JSON: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Every query, where it is used.
	 * @return the queries
	 */
	public List<Query> queries() {
		return this.queries;
	}

	/**
	 * The metric names the services must expose, each with where it is queried.
	 * @return metric name to the places that query it
	 */
	public Map<String, Set<String>> expectedFromServices() {
		Map<String, Set<String>> metrics = new TreeMap<>();
		for (Query query : this.queries) {
			for (String name : PromQl.metricNames(query.expression())) {
				if (!MADE_BY_PROMETHEUS.contains(name) && !this.recorded.contains(name)) {
					metrics.computeIfAbsent(name, (key) -> new TreeSet<>()).add(query.where());
				}
			}
		}
		return metrics;
	}

	private static List<Path> files(Path dir, String suffix) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static void collectDashboardQueries(Object node, String file, String panel, List<Query> queries) {
		if (node instanceof Map<?, ?> map) {
			String title = (map.get("title") instanceof String text && map.containsKey("type")) ? text : panel;
			if (map.get("expr") instanceof String expr && !expr.isBlank()) {
				queries.add(new Query(file + ": " + title, expr));
			}
			// a template variable's query: label_values(metric, label) or a plain
			// expression
			if (map.get("query") instanceof String query && map.containsKey("refresh")) {
				queries.add(new Query(file + ": variable " + map.get("name"), variableExpression(query)));
			}
			if (map.get("query") instanceof Map<?, ?> query && query.get("query") instanceof String expr) {
				queries.add(new Query(file + ": variable " + map.get("name"), variableExpression(expr)));
			}
			for (Object value : ((Map<String, Object>) map).values()) {
				collectDashboardQueries(value, file, title, queries);
			}
		}
		else if (node instanceof List<?> list) {
			list.forEach((item) -> collectDashboardQueries(item, file, panel, queries));
		}
	}

	private static String variableExpression(String query) {
		String trimmed = query.trim();
		if (trimmed.startsWith("label_values(") && trimmed.endsWith(")")) {
			String arguments = trimmed.substring("label_values(".length(), trimmed.length() - 1);
			int lastComma = arguments.lastIndexOf(',');
			// label_values(label) has no metric; label_values(metric, label) has one
			return (lastComma < 0) ? "" : arguments.substring(0, lastComma);
		}
		return trimmed;
	}

	@SuppressWarnings("unchecked")
	private static void collectRuleQueries(Path file, List<Query> queries, Set<String> recorded) {
		Map<String, Object> document;
		try {
			document = new Yaml().load(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Map<String, Object> group : (List<Map<String, Object>>) document.get("groups")) {
			for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
				String name = (String) ((rule.get("alert") != null) ? rule.get("alert") : rule.get("record"));
				queries.add(new Query(file.getFileName() + ": " + name, String.valueOf(rule.get("expr"))));
				if (rule.get("record") != null) {
					recorded.add((String) rule.get("record"));
				}
			}
		}
	}

	/**
	 * One query.
	 *
	 * @param where the file and panel, variable or rule
	 * @param expression the PromQL
	 */
	public record Query(String where, String expression) {

	}

}
