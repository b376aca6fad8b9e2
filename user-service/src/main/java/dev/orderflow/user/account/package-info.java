/**
 * User accounts: registration, profile, roles and status (the identity aggregate), with
 * their HTTP API and the events they publish.
 */
package dev.orderflow.user.account;
