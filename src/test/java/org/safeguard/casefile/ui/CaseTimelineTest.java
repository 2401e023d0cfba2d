package org.safeguard.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.base.audit.AuditEvent;
import org.safeguard.base.process.EngineActivity;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.casefile.SubjectGroup;
import org.safeguard.memberstate.Engagement;
import org.safeguard.memberstate.EngagementLadder;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.EngagementStatus;
import org.safeguard.memberstate.EngagementStep;
import org.safeguard.memberstate.EngagementStepKind;

class CaseTimelineTest {

    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    static final SubjectGroup CANADIANS =
            new SubjectGroup(5, PersonnelCategory.MILITARY_CONTINGENT, "CA", List.of("Battalion 3"), true, null);

    @Test
    void a_completed_step_is_one_entry_naming_who_completed_it_and_the_engines_log_of_it_is_left_out() {
        List<TimelineEntry> timeline = CaseTimeline.of(
                List.of(task(
                        "sea-case",
                        "user_assess_allegation",
                        "Assess allegation",
                        "task-1",
                        T0.plusSeconds(600),
                        Map.of())),
                List.of(
                        audit(T0, "CASE_RECORDED", "intake", null, null),
                        audit(T0.plusSeconds(300), "TASK_CLAIMED", "intake", "task-1", null),
                        audit(T0.plusSeconds(600), "TASK_COMPLETED", "intake", "task-1", "user_assess_allegation"),
                        audit(T0.plusSeconds(600), "ENGINE_COMPLETE", "intake", "task-1", "Task"),
                        audit(T0, "ENGINE_CREATE", "intake", "instance-1", "ProcessInstance")),
                List.of(),
                List.of(CANADIANS));

        assertThat(timeline)
                .extracting(TimelineEntry::what)
                .containsExactly(
                        "Completed: Assess allegation — Military contingent · Canada · Battalion 3: breach of the standards",
                        "Task claimed: Assess allegation",
                        "Case recorded");
        assertThat(timeline).extracting(TimelineEntry::actor).containsExactly("intake", "intake", "intake");
    }

    @Test
    void decisions_are_worded_from_the_codes_the_step_set() {
        assertThat(what(task(
                        "investigation",
                        "user_review_report",
                        "Review report",
                        "t",
                        T0,
                        Map.of("reportAccepted", false))))
                .isEqualTo("Completed: Review report — report sent back for rework");
        assertThat(what(task(
                        "sea-case",
                        "user_decide_investigating_body",
                        "Decide",
                        "t",
                        T0,
                        Map.of("investigatingBody", "OVERSIGHT_OFFICE"))))
                .isEqualTo(
                        "Completed: Decide: head-of-mission inquiry or oversight office — investigating body: Oversight office");
        assertThat(what(task(
                        "investigation",
                        "user_decide_finding",
                        "Decide finding",
                        "t",
                        T0,
                        Map.of("finding", "SUBSTANTIATED", "caseReference", "SEA-2026-000001"))))
                .isEqualTo("Completed: Decide finding — finding: Substantiated");
        assertThat(what(new EngineActivity(
                        "sea-case",
                        "SEA case",
                        "rule_route_subject_group",
                        "Decide who investigates",
                        "businessRuleTask",
                        T0,
                        T0,
                        null,
                        null,
                        false,
                        Map.of("route", "MEMBER_STATE"))))
                .isEqualTo("Decide who investigates: the Member State is notified and may investigate");
    }

    @Test
    void victims_consent_is_never_worded_on_the_timeline() {
        assertThat(what(task(
                        "victim-assistance",
                        "user_record_consent",
                        "Record consent to assistance",
                        "t",
                        T0,
                        Map.of("consentGiven", false, "consentGivenBy", "SELF"))))
                .isEqualTo("Completed: Record consent to assistance");
    }

    @Test
    void the_status_reads_from_one_value_to_the_other() {
        List<TimelineEntry> timeline = CaseTimeline.of(
                List.of(),
                List.of(audit(T0, "CASE_STATUS_CHANGED", "system", null, "UNDER_ASSESSMENT->UNDER_INVESTIGATION")),
                List.of(),
                List.of());

        assertThat(timeline)
                .extracting(TimelineEntry::what)
                .containsExactly("Status: Under assessment → Under investigation");
    }

    @Test
    void a_clock_warning_appears_when_its_timer_fires_not_when_the_clock_starts() {
        EngineActivity waiting = timer("timer_first_warning", "50 % used", null, false);
        EngineActivity cancelled = timer("timer_second_warning", "75 % used", T0.plusSeconds(60), true);
        EngineActivity fired = timer("timer_first_warning", "50 % used", T0.plusSeconds(3600), false);
        EngineActivity clockStarted = new EngineActivity(
                "investigation",
                "Investigation",
                "start_clock",
                "Clock started",
                "startEvent",
                T0,
                T0,
                null,
                null,
                false,
                Map.of());

        List<TimelineEntry> timeline =
                CaseTimeline.of(List.of(waiting, cancelled, clockStarted, fired), List.of(), List.of(), List.of());

        assertThat(timeline)
                .containsExactly(
                        new TimelineEntry(T0.plusSeconds(3600), "Deadline reached (Investigation): 50 % used", ""));
    }

    @Test
    void an_open_task_and_the_engines_own_steps_are_not_on_the_timeline() {
        EngineActivity open = new EngineActivity(
                "investigation",
                "Investigation",
                "user_plan_investigation",
                "Plan investigation",
                "userTask",
                T0,
                null,
                "investigator",
                "t",
                false,
                Map.of());
        EngineActivity service = new EngineActivity(
                "investigation",
                "Investigation",
                "service_record_finding",
                "Record finding",
                "serviceTask",
                T0,
                T0,
                null,
                null,
                false,
                Map.of());
        EngineActivity interrupted = new EngineActivity(
                "investigation",
                "Investigation",
                "user_write_report",
                "Write report",
                "userTask",
                T0,
                T0,
                "investigator",
                "t2",
                true,
                Map.of());

        assertThat(CaseTimeline.of(List.of(open, service, interrupted), List.of(), List.of(), List.of()))
                .isEmpty();
    }

    @Test
    void a_sub_process_starts_under_its_translated_name_and_engagement_steps_name_the_country_and_reply() {
        List<TimelineEntry> timeline = CaseTimeline.of(
                List.of(new EngineActivity(
                        "sea-case",
                        "SEA case",
                        "call_investigation",
                        "Investigate",
                        "callActivity",
                        T0,
                        null,
                        null,
                        null,
                        false,
                        Map.of())),
                List.of(),
                List.of(ladder(EngagementStep.of(7, EngagementStepKind.REPLY_RECEIVED, T0.plusSeconds(900), "JOINT"))),
                List.of());

        assertThat(timeline)
                .extracting(TimelineEntry::what)
                .containsExactly(
                        "Reply received (Canada): Joint investigation with the organisation", "Started: Investigate");
    }

    private static String what(EngineActivity activity) {
        return CaseTimeline.of(List.of(activity), List.of(), List.of(), List.of(CANADIANS))
                .get(0)
                .what();
    }

    private static EngineActivity task(
            String process, String id, String name, String taskId, Instant endedAt, Map<String, Object> decided) {
        return new EngineActivity(
                process, process, id, name, "userTask", T0, endedAt, "someone", taskId, false, decided);
    }

    private static EngineActivity timer(String id, String name, Instant endedAt, boolean canceled) {
        return new EngineActivity(
                "investigation",
                "Investigation",
                id,
                name,
                "intermediateTimer",
                T0,
                endedAt,
                null,
                null,
                canceled,
                Map.of());
    }

    private static AuditEvent audit(Instant at, String action, String actor, String target, String detail) {
        return new AuditEvent("S-1", at, actor, "INTAKE", action, "SEA-2026-0001", target, detail, null, null);
    }

    private static EngagementLadder ladder(EngagementStep step) {
        return new EngagementLadder(
                new Engagement(
                        7,
                        "SEA-2026-0001",
                        3L,
                        "CA",
                        EngagementPurpose.NOTIFICATION,
                        EngagementStatus.OPEN,
                        null,
                        T0,
                        null),
                List.of(step));
    }
}
