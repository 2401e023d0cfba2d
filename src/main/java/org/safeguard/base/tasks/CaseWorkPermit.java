package org.safeguard.base.tasks;

import java.util.HashSet;
import java.util.Set;

/**
 * The engine completes a case's task only while the typed service that checked the input holds a
 * permit for that very task on the current thread. {@link OpenTasks#complete} takes one around the
 * engine call; the engine's guard refuses a completion that comes without it, whichever way it
 * comes (the engine's REST API, a plugin, an administration tool).
 */
public final class CaseWorkPermit {

    private static final ThreadLocal<Set<String>> COMPLETING = new ThreadLocal<>();

    private CaseWorkPermit() {}

    /** Runs {@code work} with a permit to complete {@code taskId}; the permit ends with it. */
    public static void completing(String taskId, Runnable work) {
        Set<String> permits = COMPLETING.get();
        if (permits == null) {
            permits = new HashSet<>();
            COMPLETING.set(permits);
        }
        boolean added = permits.add(taskId);
        try {
            work.run();
        } finally {
            if (added) {
                permits.remove(taskId);
            }
            if (permits.isEmpty()) {
                COMPLETING.remove();
            }
        }
    }

    /** Whether the current thread is inside a typed service's completion of {@code taskId}. */
    public static boolean allowsCompletionOf(String taskId) {
        Set<String> permits = COMPLETING.get();
        return permits != null && permits.contains(taskId);
    }
}
