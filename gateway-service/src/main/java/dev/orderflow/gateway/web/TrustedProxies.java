package dev.orderflow.gateway.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;

/**
 * Who the client is when proxies stand in front of the gateway. {@code X-Forwarded-For}
 * is believed only when the peer is one of the configured proxies (the ingress), and only
 * up to the first address that is not one of them: every proxy appends the address it
 * saw, so what lies further left was written by the client and proves nothing. With no
 * proxy configured (the default, in every profile) the peer is the client, whatever the
 * headers say; otherwise anyone could pick their own rate-limit bucket.
 * <p>
 * {@code Forwarded} (RFC 7239) is never read: ingress-nginx passes a client's own
 * {@code Forwarded} header through untouched, while it appends to
 * {@code X-Forwarded-For}.
 */
final class TrustedProxies {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private final List<IpSubnetFilterRule> proxies;

	/**
	 * @param proxies addresses or CIDR ranges ({@code 10.0.0.0/8}) of the proxies in
	 * front
	 */
	TrustedProxies(List<String> proxies) {
		this.proxies = proxies.stream()
			.map(String::strip)
			.filter((cidr) -> !cidr.isEmpty())
			.map(TrustedProxies::range)
			.toList();
	}

	/**
	 * @param peer who opened the connection
	 * @param forwardedFor the {@code X-Forwarded-For} headers, in order
	 * @return the client: the nearest address in front of the trusted proxies, or the
	 * peer when it is not a trusted proxy or the header cannot be read
	 */
	InetAddress client(InetAddress peer, List<String> forwardedFor) {
		if (!isTrusted(peer)) {
			return peer;
		}
		List<String> hops = hops(forwardedFor);
		for (int i = hops.size() - 1; i >= 0; i--) {
			InetAddress hop = literal(hops.get(i));
			if (hop == null) {
				// not an address: whoever wrote it is not one of our proxies
				return peer;
			}
			if (!isTrusted(hop) || i == 0) {
				return hop;
			}
		}
		return peer;
	}

	private boolean isTrusted(InetAddress address) {
		InetSocketAddress socket = new InetSocketAddress(address, 0);
		return this.proxies.stream().anyMatch((proxy) -> proxy.matches(socket));
	}

	/** {@code 10.0.0.0/8}, or one address as a range of one. */
	private static IpSubnetFilterRule range(String cidr) {
		int slash = cidr.indexOf('/');
		if (slash < 0) {
			return new IpSubnetFilterRule(cidr, cidr.contains(":") ? 128 : 32, IpFilterRuleType.ACCEPT);
		}
		return new IpSubnetFilterRule(cidr.substring(0, slash), Integer.parseInt(cidr.substring(slash + 1)),
				IpFilterRuleType.ACCEPT);
	}

	private static List<String> hops(List<String> headers) {
		List<String> hops = new ArrayList<>();
		for (String header : headers) {
			for (String hop : header.split(",")) {
				hops.add(hop.strip());
			}
		}
		return hops;
	}

	/** An IP literal as an address, without ever asking DNS; {@code null} otherwise. */
	private static InetAddress literal(String hop) {
		if (!IPV4.matcher(hop).matches() && !IPV6.matcher(hop).matches()) {
			return null;
		}
		try {
			return InetAddress.getByName(hop);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

}
