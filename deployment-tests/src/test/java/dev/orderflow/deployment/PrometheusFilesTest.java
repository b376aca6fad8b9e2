package dev.orderflow.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus configurations (compose and Kubernetes), the alert rules and their unit
 * tests, through {@code promtool}; and what it must refuse.
 */
class PrometheusFilesTest {

	private static final String RULES = "ops/prometheus/rules/orderflow.rules.yml";

	private static final String RULE_TESTS = "ops/prometheus/rules/orderflow.test.yml";

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "prometheus.yml", "prometheus-kubernetes.yml" })
	void configurationIsValidWithItsRules(String file) throws IOException {
		Path config = withRulesFromTheCopy(file);

		Tool.Result check = promtool("check", "config", config.toString());

		assertThat(check.succeeded()).as(check.output()).isTrue();
		// the rule files were found and checked too, not an empty glob
		assertThat(check.output()).contains("orderflow.rules.yml").contains("SUCCESS");
	}

	@Test
	void rulesAreValid() {
		Tool.Result check = promtool("check", "rules", ProjectTree.root().resolve(RULES).toString());

		assertThat(check.succeeded()).as(check.output()).isTrue();
	}

	@Test
	void alertsFireWhenTheyShouldAndOnlyThen() {
		Tool.Result test = promtool("test", "rules", ProjectTree.root().resolve(RULE_TESTS).toString());

		assertThat(test.succeeded()).as(test.output()).isTrue();
		assertThat(test.output()).contains("SUCCESS");
	}

	@Test
	void refusesAMisspelledConfigurationField() throws IOException {
		Path config = withRulesFromTheCopy("prometheus.yml");
		ComposeFileTest.breakFile(config, "scrape_interval:", "scrape_intervall:");

		Tool.Result check = promtool("check", "config", config.toString());

		assertThat(check.succeeded()).isFalse();
		assertThat(check.output()).contains("scrape_intervall");
	}

	@Test
	void refusesARuleThatIsNotPromQl() throws IOException {
		Path copy = ProjectTree.copy(this.dir, "ops/prometheus");
		Path rules = copy.resolve(RULES);
		ComposeFileTest.breakFile(rules, "expr: ", "expr: sum(");

		Tool.Result check = promtool("check", "rules", rules.toString());

		assertThat(check.succeeded()).isFalse();
	}

	@Test
	void failsWhenAnAlertNoLongerFiresAsItsTestExpects() throws IOException {
		Path copy = ProjectTree.copy(this.dir, "ops/prometheus");
		ComposeFileTest.breakFile(copy.resolve(RULES), "alert: InstanceDown", "alert: InstanceGone");

		Tool.Result test = promtool("test", "rules", copy.resolve(RULE_TESTS).toString());

		assertThat(test.succeeded()).isFalse();
		assertThat(test.output()).contains("InstanceDown");
	}

	// the configurations name the rules where the containers mount them; point them at
	// the copy
	private Path withRulesFromTheCopy(String file) throws IOException {
		Path copy = ProjectTree.copy(this.dir, "ops/prometheus");
		Path config = copy.resolve("ops/prometheus").resolve(file);
		String text = Files.readString(config);
		assertThat(text).contains("/etc/prometheus/rules/");
		Files.writeString(config,
				text.replace("/etc/prometheus/rules/", copy.resolve("ops/prometheus/rules").toString() + "/"));
		return config;
	}

	private static Tool.Result promtool(String... arguments) {
		return Tool.PROMTOOL.run(ProjectTree.root(), arguments);
	}

}
