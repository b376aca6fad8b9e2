/** HTTP adapters of accounts: registration, the caller's profile, administration. */
package dev.orderflow.user.account.web;
