package dev.orderflow.contracts;

import java.util.List;

/** A payload that does not honour its event contract. */
public class ContractViolation extends RuntimeException {

	private final List<String> violations;

	public ContractViolation(String topic, String type, List<String> violations) {
		super(type + " on " + topic + " breaks its contract: " + String.join("; ", violations));
		this.violations = List.copyOf(violations);
	}

	public List<String> violations() {
		return this.violations;
	}

}
