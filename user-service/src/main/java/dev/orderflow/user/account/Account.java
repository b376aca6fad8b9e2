package dev.orderflow.user.account;

import dev.orderflow.user.credit.CreditAccount;

/**
 * A user together with their credit line: what {@code /api/users/me} shows.
 *
 * @param user the identity
 * @param credit the credit line
 */
record Account(User user, CreditAccount credit) {

}
