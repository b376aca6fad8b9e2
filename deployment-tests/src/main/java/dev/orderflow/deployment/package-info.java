/**
 * Checks of the deployment files that need no Docker engine and no cluster: the tools
 * operators use (docker-compose, kubectl kustomize, promtool) run on the files, every
 * rendered Kubernetes object is checked against the Kubernetes API's own models, and the
 * metric names the dashboards and alerts query are collected for the system test that
 * compares them with what the running services expose.
 */
package dev.orderflow.deployment;
