package dev.orderflow.deployment;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads. Not a parser: it removes what cannot be a
 * metric name (strings, label matchers, ranges, grouping label lists, Grafana variables,
 * numbers and durations), then every remaining identifier that is not a keyword and is
 * not called like a function is a metric name. Good enough for the expressions of our
 * dashboards and rules, and tested on each construct they use.
 */
public final class PromQl {

	private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");

	private static final Pattern GRAFANA_VARIABLE = Pattern.compile("\\$\\{[^}]*}|\\$\\w+|\\[\\[\\w+]]");

	private static final Pattern BRACES = Pattern.compile("\\{[^{}]*}");

	private static final Pattern RANGE = Pattern.compile("\\[[^\\[\\]]*]");

	private static final Pattern LABEL_LIST = Pattern
		.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^()]*\\)");

	private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.:])([a-zA-Z_:][\\w:]*)(\\s*\\()?");

	private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
			"bool", "and", "or", "unless", "offset", "inf", "nan", "atan2");

	private PromQl() {
	}

	/**
	 * The metric names an expression reads.
	 * @param expression a PromQL expression, possibly with Grafana variables
	 * @return the names, sorted
	 */
	public static Set<String> metricNames(String expression) {
		String rest = STRING.matcher(expression).replaceAll(" ");
		rest = GRAFANA_VARIABLE.matcher(rest).replaceAll(" ");
		rest = removeAll(BRACES, rest);
		rest = removeAll(RANGE, rest);
		rest = LABEL_LIST.matcher(rest).replaceAll(" ");
		Set<String> names = new TreeSet<>();
		Matcher identifier = IDENTIFIER.matcher(rest);
		while (identifier.find()) {
			boolean called = identifier.group(2) != null;
			String name = identifier.group(1);
			if (!called && !KEYWORDS.contains(name.toLowerCase())) {
				names.add(name);
			}
		}
		return names;
	}

	// nested brackets (subqueries, matchers inside a variable) go from the inside out
	private static String removeAll(Pattern pattern, String text) {
		String before;
		String after = text;
		do {
			before = after;
			after = pattern.matcher(before).replaceAll(" ");
		}
		while (!after.equals(before));
		return after;
	}

}
