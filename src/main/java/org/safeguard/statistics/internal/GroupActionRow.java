package org.safeguard.statistics.internal;

/** One kind of action taken about one subject group. */
public record GroupActionRow(long groupId, String action) {}
