package org.safeguard.casefile.ui;

import java.time.Instant;

/**
 * One line of a case's timeline, already in the user's language.
 *
 * @param actor who did it, or empty for the engine's and the Member States' doings
 */
record TimelineEntry(Instant at, String what, String actor) {}
