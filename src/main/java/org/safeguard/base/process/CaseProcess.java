package org.safeguard.base.process;

import java.time.Instant;

/** A running process instance of a case, to choose which diagram to show. */
public record CaseProcess(String processInstanceId, String processName, Instant startedAt, boolean root) {
}
