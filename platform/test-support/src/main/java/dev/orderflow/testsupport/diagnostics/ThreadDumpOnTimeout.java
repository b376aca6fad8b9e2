package dev.orderflow.testsupport.diagnostics;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Prints every thread's stack when a test fails because something timed out, then lets
 * the failure through unchanged. A hang that happens once in a dozen builds can only be
 * understood from what every thread was doing at that moment; afterwards it is gone.
 * Registered for all tests through {@code META-INF/services} and JUnit's extension
 * auto-detection (switched on in the parent pom).
 */
public final class ThreadDumpOnTimeout implements TestExecutionExceptionHandler {

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		if (causedByTimeout(failure)) {
			System.err.println("Threads when " + context.getUniqueId() + " timed out:\n" + allThreads());
		}
		throw failure;
	}

	static boolean causedByTimeout(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// java.util.concurrent's, Awaitility's, java.net's and Netty's all end so
			if (cause.getClass().getSimpleName().endsWith("TimeoutException")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	static String allThreads() {
		ThreadInfo[] threads = ManagementFactory.getThreadMXBean().dumpAllThreads(true, true);
		// ThreadInfo.toString() cuts every stack at eight frames
		return Arrays.stream(threads).map(ThreadDumpOnTimeout::describe).collect(Collectors.joining("\n"));
	}

	private static String describe(ThreadInfo thread) {
		StringBuilder text = new StringBuilder();
		text.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
		if (thread.getLockName() != null) {
			text.append(" on ").append(thread.getLockName());
		}
		if (thread.getLockOwnerName() != null) {
			text.append(" owned by \"").append(thread.getLockOwnerName()).append('"');
		}
		text.append('\n');
		for (StackTraceElement frame : thread.getStackTrace()) {
			text.append("\tat ").append(frame).append('\n');
		}
		return text.toString();
	}

}
