package org.safeguard.victim.internal;

import java.time.Instant;

/** A row of {@code needs_assessment}: the need codes comma-separated, empty for none. */
public record NeedsAssessmentRow(String needs, Instant assessedAt, String assessedBy) {}
