package dev.orderflow.gateway.web;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedProxiesTest {

	private final TrustedProxies ingress = new TrustedProxies(List.of("10.0.0.0/8", " 192.0.2.1 "));

	@Test
	void believesNoHeaderWhenNoProxyIsConfigured() {
		TrustedProxies none = new TrustedProxies(List.of());

		assertThat(none.client(address("10.1.2.3"), List.of("203.0.113.7"))).isEqualTo(address("10.1.2.3"));
	}

	@Test
	void believesNoHeaderFromAPeerThatIsNoProxy() {
		assertThat(this.ingress.client(address("198.51.100.4"), List.of("203.0.113.7")))
			.isEqualTo(address("198.51.100.4"));
	}

	@Test
	void takesTheAddressTheProxySaw() {
		assertThat(this.ingress.client(address("10.1.2.3"), List.of("203.0.113.7"))).isEqualTo(address("203.0.113.7"));
		assertThat(this.ingress.client(address("192.0.2.1"), List.of("2001:db8::7"))).isEqualTo(address("2001:db8::7"));
	}

	@Test
	void ignoresWhatTheClientWroteLeftOfTheProxies() {
		// the client sent "198.51.100.1"; the ingress appended the client, an inner proxy
		// appended the ingress
		assertThat(this.ingress.client(address("10.1.2.3"), List.of("198.51.100.1, 203.0.113.7", "10.9.9.9")))
			.isEqualTo(address("203.0.113.7"));
	}

	@Test
	void takesTheFirstHopWhenEveryHopIsAProxy() {
		assertThat(this.ingress.client(address("10.1.2.3"), List.of("10.0.0.1, 10.0.0.2")))
			.isEqualTo(address("10.0.0.1"));
	}

	@Test
	void keepsThePeerWhenTheHeaderIsNoAddress() {
		// a host name is never resolved: that would be a DNS lookup chosen by the client
		assertThat(this.ingress.client(address("10.1.2.3"), List.of("evil.example"))).isEqualTo(address("10.1.2.3"));
		assertThat(this.ingress.client(address("10.1.2.3"), List.of("203.0.113.7:443"))).isEqualTo(address("10.1.2.3"));
		assertThat(this.ingress.client(address("10.1.2.3"), List.of())).isEqualTo(address("10.1.2.3"));
	}

	private static InetAddress address(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (java.net.UnknownHostException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
