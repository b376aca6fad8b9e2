/**
 * What a failed test leaves behind for whoever hunts the flake: the threads of a hang.
 */
package dev.orderflow.testsupport.diagnostics;
