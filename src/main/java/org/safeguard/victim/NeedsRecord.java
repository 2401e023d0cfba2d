package org.safeguard.victim;

import java.time.Instant;
import java.util.List;

/**
 * One needs assessment as it was made: the needs found (none is an answer too), when and by whom.
 *
 * @param assessedBy null for an assessment made before Safeguard kept it
 */
public record NeedsRecord(List<Need> needs, Instant assessedAt, String assessedBy) {}
