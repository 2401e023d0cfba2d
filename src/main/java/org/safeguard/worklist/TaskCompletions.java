package org.safeguard.worklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.tasks.TaskCompletion;
import org.safeguard.base.tasks.TaskCompletionProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every task kind's completion, collected from the features that own the tasks, and the rule the
 * task list applies before one runs: as in the UI, only the task's assignee completes it (claim
 * it first). The feature's typed service then checks the body and completes the task with its
 * audit entry.
 */
@Service
public class TaskCompletions {

    private final Map<String, TaskCompletion<?>> byKind = new TreeMap<>();
    private final Worklist worklist;
    private final CurrentUser user;

    TaskCompletions(List<TaskCompletionProvider> providers, Worklist worklist, CurrentUser user) {
        this.worklist = worklist;
        this.user = user;
        providers.stream().flatMap(provider -> provider.completions().stream()).forEach(completion -> {
            if (byKind.putIfAbsent(completion.kind(), completion) != null) {
                throw new IllegalStateException("Two completions for task kind " + completion.kind());
            }
        });
    }

    /** Every kind's completion, by kind. */
    public Collection<TaskCompletion<?>> all() {
        return byKind.values();
    }

    /** The completion of a task kind; empty for a kind no feature completes. */
    public Optional<TaskCompletion<?>> of(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /**
     * Completes the user's open task with the body {@code body} reads as its kind's type, through the
     * feature's typed service. Finding the task, reading the body and completing it take one
     * transaction.
     *
     * @throws NotFoundException         when the task is not open or is outside the user's scope
     * @throws TaskNotAssignedException when the task is not assigned to the user
     * @throws JsonProcessingException   when the body is not the kind's; nothing was recorded
     */
    @Transactional(rollbackFor = JsonProcessingException.class)
    public void complete(String taskId, BodyReader body) throws JsonProcessingException {
        WorklistTask task = worklist.task(taskId);
        if (!Objects.equals(task.assignee(), user.username())) {
            throw new TaskNotAssignedException(taskId, task.assignee());
        }
        TaskCompletion<?> completion =
                of(task.kind()).orElseThrow(() -> new NotFoundException("Completion of task kind " + task.kind()));
        completion.complete(taskId, body.read(completion.bodyType()));
    }

    /** Reads a completion's body as the type of its task's kind. */
    @FunctionalInterface
    public interface BodyReader {

        /** The body as {@code type}; throws when it is not one. */
        Object read(Class<?> type) throws JsonProcessingException;
    }
}
