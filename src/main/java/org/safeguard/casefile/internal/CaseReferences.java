package org.safeguard.casefile.internal;

import java.time.Instant;
import java.time.ZoneOffset;

/** References read {@code SEA-<year>-<six digits>}: the year of recording and the case's number. */
final class CaseReferences {

    static String of(Instant recordedAt, long number) {
        return "SEA-%d-%06d".formatted(recordedAt.atZone(ZoneOffset.UTC).getYear(), number);
    }

    private CaseReferences() {}
}
