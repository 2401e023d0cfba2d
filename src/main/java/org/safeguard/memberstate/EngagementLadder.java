package org.safeguard.memberstate;

import java.util.List;

/** An engagement with every dated step taken on it: what the case file shows for a Member State. */
public record EngagementLadder(Engagement engagement, List<EngagementStep> steps) {}
