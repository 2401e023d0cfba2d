package org.safeguard.process;

import java.util.List;
import org.safeguard.base.processes.InvestigationProcess;
import org.safeguard.base.processes.InvestigationProcess.Variables;
import org.safeguard.base.processes.MemberStateEngagementProcess;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.sla.ClockBinding;
import org.safeguard.sla.ClockBinding.Carrier;
import org.safeguard.sla.ClockBindings;
import org.safeguard.sla.ClockKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the {@code sla} feature where each clock lives in the models: a user task's due date, a
 * timer, or the investigation's target clock (its warning and breach timers read the date variables,
 * so a pause moves them too). The Member State's reply clock is the reminder timer; the escalation
 * ladder counts from the same note, so a pause moves it with the reminder; the reply stays overdue
 * after the reminder went out, until the Member State answers or the ladder ends.
 */
@Configuration(proxyBeanMethods = false)
class SlaClockModel {

    /** The conduct officers send the notes and provide information: they answer for the engagement's timers. */
    private static final String ENGAGEMENT_OWNER = MemberStateEngagementProcess.Groups.INTAKE;

    @Bean
    ClockBindings clockBindings() {
        String engagement = MemberStateEngagementProcess.KEY;
        return new ClockBindings(
                List.of(
                        ClockBinding.task(
                                ClockKind.VICTIM_REFERRAL,
                                VictimAssistanceProcess.KEY,
                                VictimAssistanceProcess.Element.user_record_consent.id()),
                        ClockBinding.task(
                                ClockKind.PRELIMINARY_ASSESSMENT,
                                SeaCaseProcess.KEY,
                                SeaCaseProcess.Element.user_assess_allegation.id()),
                        ClockBinding.task(
                                ClockKind.NOTE_VERBALE,
                                engagement,
                                MemberStateEngagementProcess.Element.user_send_note_verbale.id()),
                        new ClockBinding(
                                ClockKind.MEMBER_STATE_REPLY,
                                Carrier.TIMER,
                                engagement,
                                MemberStateEngagementProcess.Element.timer_reminder_due.id(),
                                List.of(
                                        MemberStateEngagementProcess.Element.timer_escalation_due.id(),
                                        MemberStateEngagementProcess.Element.timer_senior_escalation_due.id()),
                                List.of(),
                                true,
                                ENGAGEMENT_OWNER),
                        new ClockBinding(
                                ClockKind.ACTIONS_REPORTED,
                                Carrier.TIMER,
                                engagement,
                                MemberStateEngagementProcess.Element.timer_follow_up_due.id(),
                                List.of(),
                                List.of(),
                                false,
                                ENGAGEMENT_OWNER),
                        new ClockBinding(
                                        ClockKind.INVESTIGATION,
                                        Carrier.INVESTIGATION,
                                        InvestigationProcess.KEY,
                                        InvestigationProcess.Element.sub_target_clock.id(),
                                        List.of(
                                                InvestigationProcess.Element.timer_first_warning.id(),
                                                InvestigationProcess.Element.timer_second_warning.id(),
                                                InvestigationProcess.Element.timer_breach.id()),
                                        List.of(
                                                Variables.DUE_AT.name(),
                                                Variables.FIRST_WARNING_AT.name(),
                                                Variables.SECOND_WARNING_AT.name()),
                                        false)
                                // A warning is written to the investigation file's events, which no clock reads.
                                .notedBy(List.of(
                                        InvestigationProcess.Element.service_record_first_warning.id(),
                                        InvestigationProcess.Element.service_record_second_warning.id())),
                        ClockBinding.task(
                                ClockKind.ASSISTANCE_FOLLOW_UP,
                                VictimAssistanceProcess.KEY,
                                VictimAssistanceProcess.Element.user_follow_up.id())),
                Variables.INVESTIGATION_ID.name(),
                Variables.NATIONALITY.name(),
                Variables.PERSONNEL_CATEGORY.name());
    }
}
