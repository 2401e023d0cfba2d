package org.safeguard.victim;

import java.util.List;

/** The advocate assessed a victim's needs, completing task {@code taskId}. */
public record NeedsAssessed(String taskId, long victimId, List<Need> needs) {

    public NeedsAssessed {
        needs = List.copyOf(needs);
    }
}
