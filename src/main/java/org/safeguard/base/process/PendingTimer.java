package org.safeguard.base.process;

import java.time.Instant;

/** A timer still to fire in a running process instance: the model's element id and when it is due. */
public record PendingTimer(String activityId, Instant due) {}
