/**
 * Transactions that end whole: committed or rolled back by their own outcome, never cut
 * short by a caller that stopped waiting.
 */
package dev.orderflow.platform.transactions;
