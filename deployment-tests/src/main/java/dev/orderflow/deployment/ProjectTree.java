package dev.orderflow.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The repository's root, found from the working directory (Maven runs tests in the
 * module's directory), and copies of parts of it, so that a check can break a file
 * without touching the real one.
 */
public final class ProjectTree {

	private ProjectTree() {
	}

	/**
	 * The directory that holds {@code docker-compose.yml}, {@code k8s/} and {@code ops/}.
	 * @return the repository's root
	 */
	public static Path root() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isDirectory(dir.resolve("k8s"))
					&& Files.isDirectory(dir.resolve("ops"))) {
				return dir;
			}
		}
		throw new IllegalStateException(
				"No docker-compose.yml with k8s/ and ops/ above " + Path.of("").toAbsolutePath());
	}

	/**
	 * Copies files or directories of the repository into a directory, keeping their
	 * paths.
	 * @param target where the copy goes (created if missing)
	 * @param paths paths relative to the root
	 * @return the copy's root
	 */
	public static Path copy(Path target, String... paths) {
		Path root = root();
		try {
			for (String path : paths) {
				Path source = root.resolve(path);
				try (Stream<Path> files = Files.walk(source)) {
					for (Path file : (Iterable<Path>) files::iterator) {
						Path copy = target.resolve(root.relativize(file).toString());
						if (Files.isDirectory(file)) {
							Files.createDirectories(copy);
						}
						else {
							Files.createDirectories(copy.getParent());
							Files.copy(file, copy);
						}
					}
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
