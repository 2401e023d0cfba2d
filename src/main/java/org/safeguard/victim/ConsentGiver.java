package org.safeguard.victim;

/** Who gave a consent: the victim, or for a child a parent or guardian. */
public enum ConsentGiver {
    SELF,
    PARENT_OR_GUARDIAN
}
