package dev.orderflow.user.account;

import java.math.BigDecimal;

/**
 * What an administrator changes on an account; {@code null} leaves a part as it is.
 *
 * @param creditLimit the new credit limit, in the system currency
 * @param status the new status
 */
record AccountChange(BigDecimal creditLimit, UserStatus status) {

}
