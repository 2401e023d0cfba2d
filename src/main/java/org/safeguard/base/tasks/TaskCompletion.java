package org.safeguard.base.tasks;

/**
 * How one kind of user task is completed from outside the UI: the record its completion body
 * binds to, and the typed service method that completes it (the one the task's form calls), so
 * the API and the UI share every rule and the audit entry.
 *
 * @param kind     the task definition key, e.g. {@code user_assess_allegation}
 * @param bodyType the record the completion body binds to
 * @param action   completes the task with the body, through the feature's typed service
 * @param <B>      the body's type
 */
public record TaskCompletion<B>(String kind, Class<B> bodyType, Action<B> action) {

    public static <B> TaskCompletion<B> of(String kind, Class<B> bodyType, Action<B> action) {
        return new TaskCompletion<>(kind, bodyType, action);
    }

    /** Completes task {@code taskId} with a body of this kind's type, as read from the request. */
    public void complete(String taskId, Object body) {
        action.complete(taskId, bodyType.cast(body));
    }

    /** The feature's typed completion of one task kind. */
    @FunctionalInterface
    public interface Action<B> {

        /**
         * @throws org.safeguard.base.InvalidInputException when the body breaks the task's rules
         * @throws org.safeguard.base.NotFoundException      when the task is not open or not in the user's scope
         */
        void complete(String taskId, B body);
    }
}
