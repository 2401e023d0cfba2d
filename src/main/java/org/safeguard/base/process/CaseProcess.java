package org.safeguard.base.process;

import java.time.Instant;

/**
 * A running process instance of a case, to choose which diagram to show.
 *
 * @param processKey the definition's key, to name it in the user's language
 */
public record CaseProcess(
        String processInstanceId, String processKey, String processName, Instant startedAt, boolean root) {}
