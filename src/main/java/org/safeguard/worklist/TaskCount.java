package org.safeguard.worklist;

/**
 * How many tasks a list holds, counted up to {@link #LIMIT}: beyond it the list reads "1 000+".
 * Counting every one of tens of thousands of tasks in the user's scope took about a second; no one
 * needs more than "over a thousand".
 *
 * @param tasks the tasks counted, at most {@link #LIMIT}
 * @param more  whether there are more than that
 */
public record TaskCount(long tasks, boolean more) {

    public static final int LIMIT = 1_000;

    /** From a count that stopped at {@code LIMIT + 1}. */
    static TaskCount of(long countedUpToMoreThanLimit) {
        return new TaskCount(Math.min(countedUpToMoreThanLimit, LIMIT), countedUpToMoreThanLimit > LIMIT);
    }
}
