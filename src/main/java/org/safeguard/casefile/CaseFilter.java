package org.safeguard.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * What a case list is narrowed to; every part is optional ({@code null} or blank: no condition).
 * Dates are days in UTC, both ends included, as the list shows them.
 *
 * @param reference   part of the case reference, in any case
 * @param entity      the mission or agency code
 * @param memberState a subject group's nationality (ISO 3166-1 alpha-2)
 */
public record CaseFilter(
        String reference,
        String entity,
        String memberState,
        CaseStatus status,
        AllegationType allegationType,
        LocalDate receivedFrom,
        LocalDate receivedTo) {

    public static final CaseFilter NONE = new CaseFilter(null, null, null, null, null, null, null);

    public CaseFilter {
        reference = blankToNull(reference);
        entity = blankToNull(entity);
        memberState = blankToNull(memberState);
    }

    /** The reference as a LIKE pattern with {@code !} as escape character, or null. */
    public String referencePattern() {
        if (reference == null) {
            return null;
        }
        String escaped = reference
                .toUpperCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }

    /** The first instant received on {@link #receivedFrom}, or null. */
    public Instant receivedSince() {
        return receivedFrom == null
                ? null
                : receivedFrom.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after {@link #receivedTo}, or null. */
    public Instant receivedBefore() {
        return receivedTo == null
                ? null
                : receivedTo.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The conditions set, for the audit trail: codes and dates, no free text beyond the reference. */
    public String describe() {
        StringJoiner parts = new StringJoiner(";");
        append(parts, "reference", reference);
        append(parts, "entity", entity);
        append(parts, "memberState", memberState);
        append(parts, "status", status);
        append(parts, "allegationType", allegationType);
        append(parts, "receivedFrom", receivedFrom);
        append(parts, "receivedTo", receivedTo);
        return parts.toString();
    }

    private static void append(StringJoiner parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
