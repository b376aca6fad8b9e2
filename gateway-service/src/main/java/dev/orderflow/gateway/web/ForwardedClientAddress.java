package dev.orderflow.gateway.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.function.BiFunction;

import io.netty.handler.codec.http.HttpRequest;
import reactor.netty.http.server.ConnectionInfo;

/**
 * Reactor Netty's hook for forwarded headers, reading only what {@link TrustedProxies}
 * believes: the remote address of every exchange (rate limits, logs) is then the client's
 * behind the ingress and the peer's everywhere else. Replaces Boot's handler, which
 * believes any {@code Forwarded} or {@code X-Forwarded-For} (it is on by itself on
 * Kubernetes).
 */
final class ForwardedClientAddress implements BiFunction<ConnectionInfo, HttpRequest, ConnectionInfo> {

	private static final String X_FORWARDED_FOR = "X-Forwarded-For";

	private final TrustedProxies proxies;

	ForwardedClientAddress(TrustedProxies proxies) {
		this.proxies = proxies;
	}

	@Override
	public ConnectionInfo apply(ConnectionInfo connection, HttpRequest request) {
		InetSocketAddress peer = connection.getRemoteAddress();
		if (peer == null || peer.getAddress() == null) {
			return connection;
		}
		InetAddress client = this.proxies.client(peer.getAddress(), request.headers().getAll(X_FORWARDED_FOR));
		return client.equals(peer.getAddress()) ? connection
				: connection.withRemoteAddress(new InetSocketAddress(client, peer.getPort()));
	}

}
