package dev.orderflow.user.account;

import java.util.List;

/**
 * One page of accounts.
 *
 * @param items the accounts on this page
 * @param page the zero-based page number
 * @param size the page size asked for
 * @param totalItems how many accounts exist
 */
record AccountPage(List<Account> items, int page, int size, long totalItems) {

}
