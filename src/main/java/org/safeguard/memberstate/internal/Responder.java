package org.safeguard.memberstate.internal;

/**
 * Who is recording a reply: a focal point for their own Member State ({@code nationality}), a
 * manager or administrator recording a reply received on paper ({@code onBehalf}, any Member
 * State), or Safeguard itself (no person, any Member State).
 */
public record Responder(String username, String nationality, boolean onBehalf) {

    /** Whether this responder may answer for the Member State {@code code}. */
    public boolean answersFor(String code) {
        return nationality == null || nationality.equals(code);
    }
}
