package dev.orderflow.user.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The users table, in plain SQL so every statement is visible. */
@Repository
public class Users {

	private static final String COLUMNS = "id, email, password_hash, name, roles, status, created_at, updated_at";

	private final DatabaseClient db;

	Users(DatabaseClient db) {
		this.db = db;
	}

	public Mono<User> insert(User user) {
		return this.db
			.sql("INSERT INTO users (" + COLUMNS
					+ ") VALUES (:id, :email, :passwordHash, :name, :roles, :status, :createdAt, :updatedAt)")
			.bind("id", user.id())
			.bind("email", user.email())
			.bind("passwordHash", user.passwordHash())
			.bind("name", user.name())
			.bind("roles", rolesColumn(user.roles()))
			.bind("status", user.status().name())
			.bind("createdAt", utc(user.createdAt()))
			.bind("updatedAt", utc(user.updatedAt()))
			.then()
			.thenReturn(user);
	}

	public Mono<User> findById(UUID id) {
		return this.db.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id").bind("id", id).map(Users::map).one();
	}

	public Mono<User> findByEmail(String email) {
		return this.db.sql("SELECT " + COLUMNS + " FROM users WHERE email = :email")
			.bind("email", User.normalizeEmail(email))
			.map(Users::map)
			.one();
	}

	public Flux<User> page(int page, int size) {
		return this.db.sql("SELECT " + COLUMNS + " FROM users ORDER BY created_at, id LIMIT :limit OFFSET :offset")
			.bind("limit", size)
			.bind("offset", (long) page * size)
			.map(Users::map)
			.all();
	}

	public Mono<Long> count() {
		return this.db.sql("SELECT count(*) AS total FROM users").map((row) -> row.get("total", Long.class)).one();
	}

	public Mono<User> updateStatus(User user) {
		return this.db.sql("UPDATE users SET status = :status, updated_at = :updatedAt WHERE id = :id")
			.bind("status", user.status().name())
			.bind("updatedAt", utc(user.updatedAt()))
			.bind("id", user.id())
			.then()
			.thenReturn(user);
	}

	private static User map(Readable row) {
		return new User(row.get("id", UUID.class), row.get("email", String.class),
				row.get("password_hash", String.class), row.get("name", String.class),
				roles(row.get("roles", String.class)), UserStatus.valueOf(row.get("status", String.class)),
				row.get("created_at", OffsetDateTime.class).toInstant(),
				row.get("updated_at", OffsetDateTime.class).toInstant());
	}

	private static String rolesColumn(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	private static Set<Role> roles(String column) {
		return Arrays.stream(column.split(",")).map(Role::valueOf).collect(Collectors.toSet());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
