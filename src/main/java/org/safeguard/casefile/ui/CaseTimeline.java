package org.safeguard.casefile.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEvent;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.process.EngineActivity;
import org.safeguard.memberstate.EngagementLadder;
import org.safeguard.memberstate.EngagementStep;

/**
 * Everything that happened to a case in one list, newest first: the activities of its process
 * instances, the audit trail (people's actions) and the Member State engagements' dated steps.
 */
final class CaseTimeline {

    private static final Comparator<TimelineEntry> NEWEST_FIRST =
            Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.reverseOrder()));

    static List<TimelineEntry> of(List<EngineActivity> activities, List<AuditEvent> audit,
                                  List<EngagementLadder> engagements) {
        return Stream.of(
                        activities.stream().map(CaseTimeline::entry),
                        audit.stream().map(CaseTimeline::entry),
                        engagements.stream().flatMap(ladder -> ladder.steps().stream()
                                .map(step -> entry(ladder.engagement().nationality(), step))))
                .flatMap(entries -> entries)
                .sorted(NEWEST_FIRST)
                .toList();
    }

    // A user task counts when it ends, by whom; everything else when it starts.
    static TimelineEntry entry(EngineActivity activity) {
        String name = activity.activityName();
        return switch (activity.activityType()) {
            case "userTask" -> activity.endedAt() != null
                    ? new TimelineEntry(activity.endedAt(), Texts.text("timeline.taskCompleted", name),
                            orEmpty(activity.assignee()))
                    : new TimelineEntry(activity.startedAt(), Texts.text("timeline.taskOpened", name), "");
            case "callActivity", "subProcess" ->
                    new TimelineEntry(activity.startedAt(), Texts.text("timeline.subProcessStarted", name), "");
            case "startEvent", "endEvent", "noneEndEvent", "terminateEndEvent", "errorEndEvent" ->
                    new TimelineEntry(activity.startedAt(), Texts.text("timeline.event",
                            activity.processName(), name), "");
            default -> new TimelineEntry(activity.startedAt(), Texts.text("timeline.step", name), "");
        };
    }

    static TimelineEntry entry(AuditEvent event) {
        return new TimelineEntry(event.occurredAt(), action(event.action()), orEmpty(event.actor()));
    }

    static TimelineEntry entry(String nationality, EngagementStep step) {
        return new TimelineEntry(step.occurredAt(),
                Texts.text("timeline.engagementStep", Texts.of(step.kind()), nationality), "");
    }

    // The engine's user operations arrive as ENGINE_<operation>, e.g. ENGINE_CLAIM.
    private static String action(String code) {
        if (Arrays.stream(AuditAction.values()).anyMatch(action -> action.name().equals(code))) {
            return Texts.of(AuditAction.valueOf(code));
        }
        String operation = Objects.toString(code, "").replaceFirst("^ENGINE_", "").toLowerCase(Locale.ROOT);
        return Texts.text("timeline.engineOperation", operation);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private CaseTimeline() {
    }
}
