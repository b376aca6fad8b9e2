/**
 * Real PostgreSQL and Kafka for integration tests: containers where a Docker engine runs,
 * embedded real servers (zonky PostgreSQL binaries, spring-kafka-test's KRaft broker)
 * otherwise.
 */
package dev.orderflow.testsupport;
