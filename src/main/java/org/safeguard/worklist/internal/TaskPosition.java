package org.safeguard.worklist.internal;

import java.time.Instant;

/** A task's place in the task list's order: due date (none last), then creation, then id. */
public record TaskPosition(String id, Instant due, Instant created) {}
