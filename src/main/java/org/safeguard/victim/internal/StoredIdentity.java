package org.safeguard.victim.internal;

/** A victim's identity columns as stored, for re-encryption. Never logged. */
public record StoredIdentity(long id, String name, String contact, String safeContactNotes) {

    @Override
    public String toString() {
        return "StoredIdentity[id=" + id + "]";
    }
}
