package org.safeguard.worklist;

/** A user a task may be given to, by the name people know them by. */
public record Colleague(String username, String displayName) {

    /** "Ines Intake · intake": the name, and the username that tells two namesakes apart. */
    public String label() {
        return displayName == null || displayName.isBlank() ? username : displayName + " · " + username;
    }
}
