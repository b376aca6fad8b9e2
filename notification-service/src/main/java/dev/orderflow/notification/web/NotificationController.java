package dev.orderflow.notification.web;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;

import dev.orderflow.notification.contact.Preferences;
import dev.orderflow.notification.contact.UserPreferences;
import dev.orderflow.notification.center.NotificationCenter;
import dev.orderflow.notification.stream.LiveNotifications;
import dev.orderflow.notification.stream.StreamSettings;
import dev.orderflow.platform.web.PageView;
import dev.orderflow.platform.web.security.Callers;

/** The caller's own notifications: never anyone else's. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

	private static final String LAST_EVENT_ID = "Last-Event-ID";

	private final NotificationCenter notifications;

	private final LiveNotifications live;

	private final UserPreferences preferences;

	private final StreamSettings stream;

	NotificationController(NotificationCenter notifications, LiveNotifications live, UserPreferences preferences,
			StreamSettings stream) {
		this.notifications = notifications;
		this.live = live;
		this.preferences = preferences;
		this.stream = stream;
	}

	/** Newest first; {@code unread=true} for the unread ones only. */
	@GetMapping
	Mono<PageView<NotificationView>> list(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, JwtAuthenticationToken token) {
		return this.notifications.notificationsOf(Callers.userId(token), unread, page, size)
			.map((result) -> new PageView<>(result.items().stream().map(NotificationView::of).toList(), result.page(),
					result.size(), result.totalItems()));
	}

	/** 404 for an unknown id and for someone else's: nobody learns what exists. */
	@PostMapping("/{id}/read")
	Mono<NotificationView> markRead(@PathVariable UUID id, JwtAuthenticationToken token) {
		return this.notifications.markRead(id, Callers.userId(token)).map(NotificationView::of);
	}

	/**
	 * The caller's new notifications as Server-Sent Events ({@code id} = position, event
	 * {@code notification}), with heartbeat comments. A client that reconnects with
	 * {@code Last-Event-ID} gets what it missed first. The stream ends when the access
	 * token expires; the client reconnects with a fresh one.
	 */
	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<NotificationView>> stream(
			@RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventId, JwtAuthenticationToken token) {
		Long after = position(lastEventId);
		Duration heartbeat = this.stream.heartbeat();
		Flux<ServerSentEvent<NotificationView>> notifications = this.live.of(Callers.userId(token), after, heartbeat)
			.map((notification) -> ServerSentEvent.builder(NotificationView.of(notification))
				.id(Long.toString(notification.seq()))
				.event("notification")
				.build());
		Flux<ServerSentEvent<NotificationView>> heartbeats = Flux.interval(heartbeat)
			.map((tick) -> ServerSentEvent.<NotificationView>builder().comment("heartbeat").build());
		// sent at once: the client (and every proxy on the way) sees the stream open
		ServerSentEvent<NotificationView> opened = ServerSentEvent.<NotificationView>builder()
			.comment("connected")
			.retry(this.stream.reconnectDelay())
			.build();
		return Flux.merge(notifications, heartbeats).startWith(opened).takeUntilOther(Mono.delay(untilExpiry(token)));
	}

	@GetMapping("/preferences")
	Mono<Preferences> preferences(JwtAuthenticationToken token) {
		return this.preferences.of(Callers.userId(token));
	}

	@PutMapping("/preferences")
	Mono<Preferences> changePreferences(@Valid @RequestBody PreferencesRequest request, JwtAuthenticationToken token) {
		return this.preferences.change(Callers.userId(token), request.toPreferences());
	}

	private static Long position(String lastEventId) {
		if (lastEventId == null || lastEventId.isBlank()) {
			return null;
		}
		try {
			long position = Long.parseLong(lastEventId.trim());
			if (position >= 0) {
				return position;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new ServerWebInputException(LAST_EVENT_ID + " must be the id of an event of this stream.");
	}

	private static Duration untilExpiry(JwtAuthenticationToken token) {
		Instant expiresAt = token.getToken().getExpiresAt();
		Duration left = (expiresAt != null) ? Duration.between(Instant.now(), expiresAt) : Duration.ofMinutes(15);
		return left.isNegative() ? Duration.ZERO : left;
	}

}
