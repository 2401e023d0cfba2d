package org.safeguard.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.audit.AuditEvent;
import org.safeguard.base.process.EngineActivity;
import org.safeguard.memberstate.Engagement;
import org.safeguard.memberstate.EngagementLadder;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.EngagementStatus;
import org.safeguard.memberstate.EngagementStep;
import org.safeguard.memberstate.EngagementStepKind;

class CaseTimelineTest {

    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void engine_history_audit_trail_and_engagements_merge_newest_first() {
        List<TimelineEntry> timeline = CaseTimeline.of(
                List.of(new EngineActivity("SEA case", "Assess the allegation", "userTask", T0.plusSeconds(60),
                        T0.plusSeconds(600), "intake")),
                List.of(audit(T0, "CASE_RECORDED", "intake"), audit(T0.plusSeconds(300), "ENGINE_CLAIM", "intake")),
                List.of(ladder(EngagementStep.of(7, EngagementStepKind.NOTE_VERBALE_SENT, T0.plusSeconds(900), null))));

        assertThat(timeline).extracting(TimelineEntry::what).containsExactly(
                "Note verbale sent (CA)",
                "Task completed: Assess the allegation",
                "Task operation: claim",
                "Case recorded");
        assertThat(timeline).extracting(TimelineEntry::actor).containsExactly("", "intake", "intake", "intake");
    }

    @Test
    void an_open_task_counts_from_when_it_opened_and_names_nobody_yet() {
        TimelineEntry entry = CaseTimeline.entry(
                new EngineActivity("SEA case", "Plan the investigation", "userTask", T0, null, "investigator"));

        assertThat(entry).isEqualTo(new TimelineEntry(T0, "Task opened: Plan the investigation", ""));
    }

    @Test
    void process_events_name_their_process_and_other_steps_say_what_ran() {
        assertThat(CaseTimeline.entry(new EngineActivity("SEA case", "Allegation received", "startEvent", T0, T0, null))
                .what()).isEqualTo("SEA case: Allegation received");
        assertThat(CaseTimeline.entry(new EngineActivity("SEA case", "Investigation", "callActivity", T0, null, null))
                .what()).isEqualTo("Sub-process started: Investigation");
        assertThat(CaseTimeline.entry(new EngineActivity("SEA case", "Send note verbale", "serviceTask", T0, T0, null))
                .what()).isEqualTo("Step: Send note verbale");
    }

    private static AuditEvent audit(Instant at, String action, String actor) {
        return new AuditEvent("S-1", at, actor, "INTAKE", action, "SEA-2026-0001", null, null, null, null);
    }

    private static EngagementLadder ladder(EngagementStep step) {
        return new EngagementLadder(new Engagement(7, "SEA-2026-0001", 3L, "CA", EngagementPurpose.NOTIFICATION,
                EngagementStatus.OPEN, null, T0, null), List.of(step));
    }
}
