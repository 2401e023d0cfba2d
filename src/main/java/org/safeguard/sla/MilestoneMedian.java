package org.safeguard.sla;

import java.time.Duration;

/**
 * The median time a clock ran to its milestone (met or late), over the clocks that ended in a period.
 *
 * @param clocks how many clocks the median is taken over
 */
public record MilestoneMedian(ClockKind kind, Duration median, long clocks) {}
