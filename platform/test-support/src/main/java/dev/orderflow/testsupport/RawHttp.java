package dev.orderflow.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Bytes on a socket, for requests that no HTTP client would send: a request line with a
 * raw {@code <} in its target, for example. Clients encode such characters, so only a
 * socket can show what a careless or hostile one gets.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends the request as written and reads until the server closes the connection.
	 * @param port the server's port on loopback
	 * @param request the whole request, head and body, lines ending in CRLF
	 * @return the whole response as text
	 */
	public static String exchange(int port, String request) {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			return response.toString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
