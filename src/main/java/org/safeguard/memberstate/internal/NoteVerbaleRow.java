package org.safeguard.memberstate.internal;

import java.time.Instant;
import org.safeguard.memberstate.EngagementStepKind;

/** A note verbale as stored, with its PDF and the date it asks a reply by (null when it asks none). */
public record NoteVerbaleRow(
        String number,
        long engagementId,
        EngagementStepKind kind,
        String language,
        int templateVersion,
        Instant createdAt,
        Instant replyDueAt,
        byte[] pdf) {}
