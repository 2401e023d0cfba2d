package org.safeguard.sla;

import java.time.Instant;
import java.util.List;

/** When a clock runs out, and the earlier instants at which its assignee is warned (oldest first). */
public record Deadline(Instant due, List<Instant> warnings) {

    public Deadline {
        warnings = List.copyOf(warnings);
    }
}
