package org.safeguard.casefile;

/** A user as colleagues pick them from a list: the account's name and the name shown. */
public record Colleague(String username, String displayName) {

    /** "Name (username)", so two colleagues of the same name stay apart. */
    public String label() {
        return displayName == null || displayName.equals(username) ? username : displayName + " (" + username + ")";
    }
}
