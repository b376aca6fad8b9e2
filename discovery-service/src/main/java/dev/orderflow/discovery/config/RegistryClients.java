package dev.orderflow.discovery.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.boot.security.autoconfigure.SecurityProperties;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The registry's one client account ({@code spring.security.user.*}), checked in constant
 * time and without hashing.
 * <p>
 * Why not Boot's default: its in-memory user is stored as {@code {noop}}, and Spring
 * Security "upgrades" it to bcrypt after the first successful login, so every later call
 * (each client renews and fetches every few seconds) paid a bcrypt check, about 100 ms of
 * CPU, and a wrong password cost the same. A machine secret of this entropy gains nothing
 * from a slow hash; comparing it in constant time keeps its length the only thing a
 * caller can time.
 */
final class RegistryClients implements UserDetailsService, PasswordEncoder {

	private final UserDetails client;

	RegistryClients(SecurityProperties.User client) {
		this.client = User.withUsername(client.getName())
			.password(client.getPassword())
			.roles(client.getRoles().toArray(String[]::new))
			.build();
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		if (!this.client.getUsername().equals(username)) {
			throw new UsernameNotFoundException("Unknown registry client");
		}
		// a copy: Spring Security erases the credentials of what it authenticated
		return User.withUserDetails(this.client).build();
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return rawPassword.toString();
	}

	@Override
	public boolean matches(CharSequence rawPassword, String storedPassword) {
		return rawPassword != null && storedPassword != null
				&& MessageDigest.isEqual(rawPassword.toString().getBytes(StandardCharsets.UTF_8),
						storedPassword.getBytes(StandardCharsets.UTF_8));
	}

}
