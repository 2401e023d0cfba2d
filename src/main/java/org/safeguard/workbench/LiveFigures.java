package org.safeguard.workbench;

import java.util.List;

/** A deployed version's running cases, per activity where they wait (only activities with cases). */
public record LiveFigures(String key, int version, List<ActivityFigure> activities) {}
