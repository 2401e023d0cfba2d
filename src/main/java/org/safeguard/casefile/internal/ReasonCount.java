package org.safeguard.casefile.internal;

import org.safeguard.casefile.StrandedReason;

public record ReasonCount(StrandedReason reason, long tasks) {}
