package dev.orderflow.user.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created at start-up if missing ({@code identity.admin.*}). The
 * password comes from the environment or a mounted file.
 *
 * @param email the login; no admin is created when blank
 * @param password the password; required with the email
 * @param name the display name
 */
@ConfigurationProperties("identity.admin")
record AdminProperties(String email, String password, @DefaultValue("Administrator") String name) {

}
