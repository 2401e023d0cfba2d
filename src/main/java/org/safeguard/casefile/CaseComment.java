package org.safeguard.casefile;

import java.time.Instant;

/** A comment on a case as the case file shows it: who wrote what, and when. */
public record CaseComment(long id, String author, Instant writtenAt, String text) {}
