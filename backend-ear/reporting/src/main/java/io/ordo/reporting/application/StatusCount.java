package io.ordo.reporting.application;

/** How many orders are in one status now. */
public record StatusCount(String status, long orders) {
}
