package dev.orderflow.notification.contact;

import java.time.Instant;
import java.util.UUID;

/**
 * A user as far as notifications are concerned, as user-service last announced it.
 *
 * @param userId the user
 * @param email where emails go
 * @param name how to greet them
 * @param status ACTIVE or SUSPENDED
 * @param asOf when user-service made the change this reflects
 */
public record UserContact(UUID userId, String email, String name, String status, Instant asOf) {

}
