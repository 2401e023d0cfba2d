package org.safeguard.casefile.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEvent;
import org.safeguard.base.i18n.Texts;
import org.safeguard.casefile.CaseStatus;

/**
 * The audit trail's entries of a case as timeline entries: the status from one value to another,
 * actions on a task naming its step. A completed task is already the step's own entry, and the
 * engine's log of what Safeguard did on a task (claim, complete, start the process) repeats
 * Safeguard's entries: both are left out.
 */
final class AuditTimeline {

    private static final String ENGINE = "ENGINE_";
    // Entity types of the engine's operation log that Safeguard's own entries already tell.
    private static final Set<String> TOLD_BY_SAFEGUARD = Set.of("Task", "IdentityLink", "Variable", "Attachment");

    private final Map<String, String> stepsByTaskId;

    /** @param stepsByTaskId the name of each user task's step, by task id */
    AuditTimeline(Map<String, String> stepsByTaskId) {
        this.stepsByTaskId = stepsByTaskId;
    }

    Optional<TimelineEntry> entry(AuditEvent event) {
        String code = Objects.toString(event.action(), "");
        if (code.startsWith(ENGINE)) {
            return engineOperation(event, code.substring(ENGINE.length()));
        }
        Optional<AuditAction> action = Arrays.stream(AuditAction.values())
                .filter(value -> value.name().equals(code))
                .findFirst();
        if (action.isEmpty()) {
            return Optional.empty();
        }
        String step = event.target() == null ? null : stepsByTaskId.get(event.target());
        String what = switch (action.get()) {
            case TASK_COMPLETED -> step == null ? Texts.of(action.get()) : null;
            case CASE_STATUS_CHANGED -> statusChange(event.detail()).orElse(Texts.of(action.get()));
            case TASK_REASSIGNED ->
                step == null
                        ? Texts.of(action.get())
                        : Texts.text("timeline.taskReassigned", step, from(event.detail()), to(event.detail()));
            case TASK_CLAIMED, TASK_UNCLAIMED, TASK_FOLLOW_UP_SET ->
                step == null ? Texts.of(action.get()) : Texts.text("timeline.taskAction", Texts.of(action.get()), step);
            default -> Texts.of(action.get());
        };
        return Optional.ofNullable(what)
                .map(text -> new TimelineEntry(event.occurredAt(), text, Objects.toString(event.actor(), "")));
    }

    // An operator's repair through the engine (a migration, a job's retries) is worth a line.
    private Optional<TimelineEntry> engineOperation(AuditEvent event, String operation) {
        if (TOLD_BY_SAFEGUARD.contains(event.detail())
                || "CREATE".equals(operation)
                || (event.target() != null && stepsByTaskId.containsKey(event.target()))) {
            return Optional.empty();
        }
        return Optional.of(new TimelineEntry(
                event.occurredAt(),
                Texts.text("timeline.engineOperation", operation.toLowerCase(Locale.ROOT)),
                Objects.toString(event.actor(), "")));
    }

    // Written as FROM->TO (AuditAction.CASE_STATUS_CHANGED).
    private static Optional<String> statusChange(String detail) {
        Optional<CaseStatus> from = status(from(detail));
        Optional<CaseStatus> to = status(to(detail));
        return to.map(target ->
                Texts.text("timeline.statusChanged", from.map(Texts::of).orElse("—"), Texts.of(target)));
    }

    private static Optional<CaseStatus> status(String code) {
        return Arrays.stream(CaseStatus.values())
                .filter(status -> status.name().equals(code))
                .findFirst();
    }

    private static String from(String detail) {
        String[] parts = Objects.toString(detail, "").split("->", 2);
        return parts.length == 2 && !"null".equals(parts[0]) && !parts[0].isBlank() ? parts[0] : "—";
    }

    private static String to(String detail) {
        String[] parts = Objects.toString(detail, "").split("->", 2);
        return parts.length == 2 ? parts[1] : "—";
    }
}
