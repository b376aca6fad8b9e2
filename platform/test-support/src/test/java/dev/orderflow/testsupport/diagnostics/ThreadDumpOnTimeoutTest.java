package dev.orderflow.testsupport.diagnostics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadDumpOnTimeoutTest {

	@Test
	void recognisesATimeoutAnywhereInTheCauses() {
		assertThat(ThreadDumpOnTimeout.causedByTimeout(new IllegalStateException(new TimeoutException()))).isTrue();
		assertThat(ThreadDumpOnTimeout.causedByTimeout(new UncheckedIOException(new SocketTimeoutException())))
			.isTrue();
	}

	@Test
	void leavesOtherFailuresAlone() {
		assertThat(ThreadDumpOnTimeout.causedByTimeout(new AssertionError("expected 200"))).isFalse();
		assertThat(ThreadDumpOnTimeout.causedByTimeout(new UncheckedIOException(new IOException("reset")))).isFalse();
	}

	@Test
	void describesEveryThreadWithItsWholeStack() {
		String dump = ThreadDumpOnTimeout.allThreads();

		assertThat(dump).contains("\"" + Thread.currentThread().getName() + "\" RUNNABLE")
			// deeper than ThreadInfo.toString()'s eight frames: down to the test method
			.contains("ThreadDumpOnTimeoutTest.describesEveryThreadWithItsWholeStack")
			.contains("org.junit.platform");
	}

}
