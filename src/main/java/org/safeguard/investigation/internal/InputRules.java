package org.safeguard.investigation.internal;

import java.util.ArrayList;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;

/** Collects every violation of a piece of input before refusing it, so the caller sees them all. */
public final class InputRules {

    public static final int MAX_TEXT = 20_000;

    private final List<Violation> violations = new ArrayList<>();

    public InputRules text(String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "required"));
        } else if (value.length() > MAX_TEXT) {
            violations.add(new Violation(field, "at most " + MAX_TEXT + " characters"));
        }
        return this;
    }

    public InputRules present(String field, Object value) {
        if (value == null) {
            violations.add(new Violation(field, "required"));
        }
        return this;
    }

    public InputRules check(boolean holds, String field, String reason) {
        if (!holds) {
            violations.add(new Violation(field, reason));
        }
        return this;
    }

    public void enforce() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
