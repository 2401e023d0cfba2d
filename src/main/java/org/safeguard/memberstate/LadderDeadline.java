package org.safeguard.memberstate;

import java.time.Instant;

/** When a rung of the ladder falls due unless the Member State replies first. */
public record LadderDeadline(LadderRung rung, Instant due) {}
