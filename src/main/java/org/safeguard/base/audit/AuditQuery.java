package org.safeguard.base.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;

/**
 * What an auditor looks for; every part is optional and blank means "any".
 *
 * @param from inclusive
 * @param to   exclusive
 */
public record AuditQuery(Instant from, Instant to, String caseReference, String actor) {

    public static final int MAX_LIMIT = 200;

    public AuditQuery {
        caseReference = blankToNull(caseReference);
        actor = blankToNull(actor);
    }

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null);
    }

    /** @throws InvalidInputException naming each bad parameter as the API calls it */
    void check(int offset, int limit) {
        List<Violation> violations = new ArrayList<>();
        if (from != null && to != null && !to.isAfter(from)) {
            violations.add(new Violation("to", "must be after from"));
        }
        if (offset < 0) {
            violations.add(new Violation("offset", "must be 0 or more"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            violations.add(new Violation("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
