package org.safeguard.victim;

/** Who a victim is and how to reach them safely: for victims' rights advocates only. */
public record VictimIdentity(String name, String contact, String safeContactNotes) {

    @Override
    public String toString() {
        // Records print every component; a victim's identity must never reach a log line.
        return "VictimIdentity[redacted]";
    }
}
