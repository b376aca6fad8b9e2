package dev.orderflow.deployment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromQlTest {

	@Test
	void findsAPlainMetricWithMatchers() {
		assertThat(PromQl.metricNames("resilience4j_circuitbreaker_state{state=\"open\", name=~\"a|b\"} == 1"))
			.containsExactly("resilience4j_circuitbreaker_state");
	}

	@Test
	void ignoresFunctionsAggregationsAndGroupingLabels() {
		assertThat(PromQl.metricNames(
				"histogram_quantile(0.95, sum by (le, job) (rate(orderflow_saga_duration_seconds_bucket{job=\"order-service\"}[5m])))"))
			.containsExactly("orderflow_saga_duration_seconds_bucket");
		assertThat(PromQl.metricNames("sum(rate(http_server_requests_seconds_count[1m])) without (instance, uri)"))
			.containsExactly("http_server_requests_seconds_count");
	}

	@Test
	void findsBothSidesOfABinaryOperationWithVectorMatching() {
		assertThat(PromQl.metricNames("sum by (job) (rate(a_total{status=~\"5..\"}[5m])) / on (job) group_left "
				+ "sum by (job) (rate(b_total[5m])) > 0.05 and bool c_seconds"))
			.containsExactly("a_total", "b_total", "c_seconds");
	}

	@Test
	void ignoresDurationsNumbersOffsetsAndKeywords() {
		assertThat(PromQl.metricNames("x_total unless x_total offset 15m or vector(0) > 1e3"))
			.containsExactly("x_total");
	}

	@Test
	void ignoresGrafanaVariablesAndStrings() {
		assertThat(PromQl.metricNames("sum(rate(jvm_gc_pause_seconds_count{job=~\"$job\", instance=~\"${instance}\"}"
				+ "[$__rate_interval])) by (cause)"))
			.containsExactly("jvm_gc_pause_seconds_count");
		assertThat(PromQl.metricNames("label_replace(up, \"service\", \"$1\", \"job\", \"(.*)\")"))
			.containsExactly("up");
	}

	@Test
	void findsMetricsInSubqueries() {
		assertThat(PromQl.metricNames("max_over_time(rate(orderflow_orders_placed_total[1m])[10m:1m])"))
			.containsExactly("orderflow_orders_placed_total");
	}

}
