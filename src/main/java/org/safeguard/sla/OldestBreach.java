package org.safeguard.sla;

import java.time.Duration;

/** The open clock that has been past its target longest, and for how long. */
public record OldestBreach(CaseClock clock, Duration age) {}
