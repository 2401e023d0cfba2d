package org.safeguard.statistics.internal;

/** One Member State's notifications of a quarter, as counted by the database. */
public record ScorecardRow(
        String memberState,
        String nameEn,
        String nameFr,
        long notificationsSent,
        long replied,
        long repliedOnTime,
        long pending,
        long reminded,
        long escalated) {}
