package org.safeguard.memberstate.internal;

import java.time.Instant;
import org.safeguard.memberstate.Engagement;

/** An open engagement whose note verbale went out, with the case details a focal point is shown. */
public record PendingRow(Engagement engagement, String entity, String personnelCategory, Instant notifiedAt) {}
