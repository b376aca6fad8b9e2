/** User accounts: registration, profile, roles and status (the identity aggregate). */
package dev.orderflow.user.account;
