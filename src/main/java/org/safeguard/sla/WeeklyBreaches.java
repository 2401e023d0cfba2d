package org.safeguard.sla;

import java.time.LocalDate;

/** How many clocks passed their target in the week starting on Monday {@code week} (UTC). */
public record WeeklyBreaches(LocalDate week, long breaches) {}
