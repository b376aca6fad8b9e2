package dev.orderflow.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP forwarder that can cut the network between clients and a real server:
 * while cut, it drops every open connection and refuses new ones. It lets a test take
 * Kafka "down" and bring it back on the same address, which the in-JVM broker cannot do
 * by restarting.
 */
public final class NetworkCut implements AutoCloseable {

	private final int listenPort;

	private final int targetPort;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	public NetworkCut(int listenPort, int targetPort) {
		this.listenPort = listenPort;
		this.targetPort = targetPort;
	}

	/** Lets clients through again, on the same address. */
	public synchronized void connect() throws IOException {
		if (this.server != null) {
			return;
		}
		ServerSocket socket = new ServerSocket(this.listenPort, 50, InetAddress.getLoopbackAddress());
		this.server = socket;
		Thread acceptor = new Thread(() -> accept(socket), "network-cut-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Drops every open connection and refuses new ones. */
	public synchronized void cut() {
		closeQuietly(this.server);
		this.server = null;
		this.open.forEach(NetworkCut::closeQuietly);
		this.open.clear();
	}

	@Override
	public void close() {
		cut();
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				this.open.add(client);
				this.open.add(upstream);
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException ex) {
				// closed by cut(), or the upstream refused: the client sees a dropped
				// connection
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// connection cut
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "network-cut-pipe");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			if (closeable != null) {
				closeable.close();
			}
		}
		catch (Exception ex) {
			// already closed
		}
	}

}
