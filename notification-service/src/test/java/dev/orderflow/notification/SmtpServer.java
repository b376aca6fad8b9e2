package dev.orderflow.notification;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import dev.orderflow.testsupport.ServiceProcess;

/**
 * A real SMTP server (GreenMail) on a fixed loopback port, which tests can take down and
 * bring back on the same port, as an SMTP outage looks to the service.
 */
public final class SmtpServer implements AutoCloseable {

	private final int port = ServiceProcess.freePort();

	private GreenMail server;

	public static SmtpServer start() {
		SmtpServer smtp = new SmtpServer();
		smtp.up();
		return smtp;
	}

	public int port() {
		return this.port;
	}

	/** Accepts mail again (a new, empty mailbox). */
	public synchronized void up() {
		if (this.server == null) {
			this.server = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			this.server.start();
		}
	}

	/** Refuses connections, as a server that is down. */
	public synchronized void down() {
		if (this.server != null) {
			this.server.stop();
			this.server = null;
		}
	}

	public synchronized List<MimeMessage> received() {
		return (this.server != null) ? Arrays.asList(this.server.getReceivedMessages()) : List.of();
	}

	/**
	 * The messages received for one address.
	 * @param address the recipient
	 * @return its messages, oldest first
	 */
	public List<MimeMessage> receivedBy(String address) {
		return received().stream().filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch((to) -> to.toString().contains(address));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	@Override
	public void close() {
		down();
	}

}
