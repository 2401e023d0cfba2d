package org.safeguard.memberstate;

import java.time.Instant;
import java.util.Locale;

/**
 * A note verbale as sent: its number ({@code SG/NV/2026/000123}), the engagement step it was sent
 * for, its language and the template version it was made from. The PDF is read by number.
 */
public record NoteVerbale(
        String number,
        long engagementId,
        EngagementStepKind kind,
        String language,
        int templateVersion,
        Instant createdAt) {

    /** Whether this note was sent for that step of the ladder (same engagement, kind and instant). */
    public boolean isFor(EngagementStep step) {
        return step.engagementId() == engagementId
                && step.kind() == kind
                && step.occurredAt().equals(createdAt);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** A file name without the number's slashes. */
    public String fileName() {
        return number.replace('/', '-') + ".pdf";
    }
}
