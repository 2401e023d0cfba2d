package org.safeguard.sla.internal;

/** A count of open breached and at-risk clocks under one key of a grouping. */
public record GroupCount(String groupKey, long breached, long atRisk) {}
