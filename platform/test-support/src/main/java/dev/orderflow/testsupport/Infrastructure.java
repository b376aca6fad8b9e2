package dev.orderflow.testsupport;

import org.testcontainers.DockerClientFactory;

/**
 * Chooses between containers and embedded servers.
 * {@code -Dorderflow.test.infrastructure=
 * embedded|containers} forces one; by default containers are used when Docker answers.
 */
final class Infrastructure {

	static final String PROPERTY = "orderflow.test.infrastructure";

	private Infrastructure() {
	}

	static boolean useContainers() {
		String forced = System.getProperty(PROPERTY, System.getenv("ORDERFLOW_TEST_INFRASTRUCTURE"));
		if (forced != null && !forced.isBlank()) {
			return forced.trim().equalsIgnoreCase("containers");
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

}
