package org.safeguard.casefile.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEvent;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.process.EngineActivity;
import org.safeguard.base.ui.ProcessLabels;
import org.safeguard.casefile.SubjectGroup;
import org.safeguard.memberstate.EngagementLadder;
import org.safeguard.memberstate.EngagementStep;

/**
 * What happened to a case, newest first, in the user's language: one entry per completed step
 * with who completed it and what they decided, the decisions of the rules, the deadlines that
 * were reached, the events that arrived, the status moving from one value to another, people's
 * other actions from the audit trail and the Member State engagements' dated steps. How the
 * engine got there (service calls, gateways, a timer starting to wait) is left out.
 */
final class CaseTimeline {

    private static final Comparator<TimelineEntry> NEWEST_FIRST =
            Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.reverseOrder()));
    private static final Set<String> TIMERS = Set.of("intermediateTimer", "boundaryTimer", "startTimerEvent");
    private static final Set<String> EVENTS = Set.of(
            "messageStartEvent",
            "signalStartEvent",
            "conditionalStartEvent",
            "intermediateMessageCatch",
            "intermediateSignalCatch",
            "intermediateConditional",
            "boundaryMessage",
            "boundarySignal",
            "boundaryError",
            "boundaryEscalation",
            "boundaryConditional",
            "noneEndEvent",
            "terminateEndEvent",
            "errorEndEvent",
            "messageEndEvent",
            "signalEndEvent",
            "escalationEndEvent",
            "cancelEndEvent");

    static List<TimelineEntry> of(
            List<EngineActivity> activities,
            List<AuditEvent> audit,
            List<EngagementLadder> engagements,
            List<SubjectGroup> groups) {
        Map<String, String> completedBy = audit.stream()
                .filter(event -> AuditAction.TASK_COMPLETED.name().equals(event.action()) && event.target() != null)
                .collect(Collectors.toMap(AuditEvent::target, event -> orEmpty(event.actor()), (a, b) -> a));
        Map<String, String> steps = activities.stream()
                .filter(activity -> activity.taskId() != null)
                .collect(Collectors.toMap(EngineActivity::taskId, CaseTimeline::step, (a, b) -> a));
        AuditTimeline people = new AuditTimeline(steps);
        return Stream.of(
                        activities.stream().map(activity -> entry(activity, completedBy, groups)),
                        audit.stream().map(people::entry),
                        engagements.stream()
                                .flatMap(ladder -> ladder.steps().stream()
                                        .map(step -> Optional.of(
                                                entry(ladder.engagement().nationality(), step)))))
                .flatMap(entries -> entries)
                .flatMap(Optional::stream)
                .sorted(NEWEST_FIRST)
                .toList();
    }

    /** A step when it was completed, a timer or an event when it happened; nothing for the rest. */
    static Optional<TimelineEntry> entry(
            EngineActivity activity, Map<String, String> completedBy, List<SubjectGroup> groups) {
        String type = activity.activityType();
        if ("callActivity".equals(type)) {
            return Optional.of(new TimelineEntry(
                    activity.startedAt(), Texts.text("timeline.subProcessStarted", step(activity)), ""));
        }
        if (!activity.happened()) {
            return Optional.empty();
        }
        Optional<String> decided = DecisionWords.of(activity, groups);
        if ("userTask".equals(type)) {
            String what = decided.map(words -> Texts.text("timeline.stepDecided", step(activity), words))
                    .orElseGet(() -> Texts.text("timeline.stepCompleted", step(activity)));
            return Optional.of(new TimelineEntry(
                    activity.endedAt(),
                    what,
                    completedBy.getOrDefault(activity.taskId(), orEmpty(activity.assignee()))));
        }
        if ("businessRuleTask".equals(type)) {
            return decided.map(words -> new TimelineEntry(
                    activity.endedAt(), Texts.text("timeline.ruleDecided", step(activity), words), ""));
        }
        if (TIMERS.contains(type)) {
            return Optional.of(new TimelineEntry(
                    activity.endedAt(), Texts.text("timeline.timer", process(activity), step(activity)), ""));
        }
        if (EVENTS.contains(type)) {
            return Optional.of(new TimelineEntry(
                    activity.endedAt(), Texts.text("timeline.event", process(activity), step(activity)), ""));
        }
        return Optional.empty();
    }

    static TimelineEntry entry(String nationality, EngagementStep step) {
        String detail = EngagementStepDetails.of(step);
        String country = SubjectGroupNames.country(nationality);
        return new TimelineEntry(
                step.occurredAt(),
                detail.isEmpty()
                        ? Texts.text("timeline.engagementStep", Texts.of(step.kind()), country)
                        : Texts.text("timeline.engagementStepDetail", Texts.of(step.kind()), country, detail),
                "");
    }

    private static String step(EngineActivity activity) {
        return ProcessLabels.element(activity.processKey(), activity.activityId(), activity.activityName());
    }

    private static String process(EngineActivity activity) {
        return ProcessLabels.process(activity.processKey(), activity.processName());
    }

    private static String orEmpty(String value) {
        return Objects.toString(value, "");
    }

    private CaseTimeline() {}
}
