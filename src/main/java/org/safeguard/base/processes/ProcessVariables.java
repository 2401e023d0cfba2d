package org.safeguard.base.processes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Typed values for the engine's calls that take a map of variables (completing a task, starting an
 * instance, correlating a message): {@code ProcessVariables.with(NOTE_SENT_AT, sentAt).asMap()}.
 */
public final class ProcessVariables {

    private final Map<String, Object> values = new LinkedHashMap<>();

    private ProcessVariables() {}

    public static <T> ProcessVariables with(ProcessVariable<T> variable, T value) {
        return new ProcessVariables().and(variable, value);
    }

    public <T> ProcessVariables and(ProcessVariable<T> variable, T value) {
        variable.put(values, value);
        return this;
    }

    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
