package org.safeguard.base;

import java.util.List;

/** Input that breaks the rules; nothing has been written. Carries every violation found. */
public class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("Invalid input: " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
