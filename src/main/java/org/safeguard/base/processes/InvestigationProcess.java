package org.safeguard.base.processes;

import java.util.Date;

/**
 * Backs {@code processes/investigation.bpmn}: one investigation of one subject group, called from
 * the case. The work runs beside a target clock (warnings at 50 % and 75 %, an escalation at the
 * breach); an approved extension restarts the clock from the new target date.
 */
public final class InvestigationProcess {

    public static final String KEY = "investigation";

    /** Correlated by {@link Variables#SUBJECT_GROUP_ID}. */
    public static final String EXTENSION_REQUESTED_MESSAGE = "InvestigationExtensionRequested";

    /** Element ids of the model. */
    public enum Element {
        start_investigation_requested,
        service_open_investigation,
        sub_investigation,
        start_work,
        gateway_fork_clock,
        user_plan_investigation,
        gateway_victim_consent,
        user_interview_victim,
        gateway_interviews_joined,
        user_interview_subject_and_witnesses,
        user_gather_evidence,
        gateway_report_merge,
        user_write_report,
        user_review_report,
        gateway_report_accepted,
        user_decide_finding,
        service_record_finding,
        end_work_done,
        gateway_clock_started,
        sub_target_clock,
        start_clock,
        timer_first_warning,
        service_record_first_warning,
        timer_second_warning,
        service_record_second_warning,
        timer_breach,
        gateway_breach_merge,
        service_record_breach,
        user_handle_escalation,
        timer_escalate_again,
        sub_extension_requested,
        start_extension_requested,
        user_approve_extension,
        gateway_extension_approved,
        end_extension_refused,
        service_extend_deadline,
        end_clock_moved,
        boundary_deadline_moved,
        end_investigation_concluded;

        public String id() {
            return name();
        }
    }

    public static final class Variables {

        public static final ProcessVariable<String> CASE_REFERENCE =
                new ProcessVariable<>("caseReference", String.class);
        public static final ProcessVariable<Long> SUBJECT_GROUP_ID =
                new ProcessVariable<>("subjectGroupId", Long.class);
        public static final ProcessVariable<String> PERSONNEL_CATEGORY =
                new ProcessVariable<>("personnelCategory", String.class);
        public static final ProcessVariable<String> NATIONALITY = new ProcessVariable<>("nationality", String.class);
        public static final ProcessVariable<Boolean> MINOR_INVOLVED =
                new ProcessVariable<>("minorInvolved", Boolean.class);
        public static final ProcessVariable<String> ALLEGATION_TYPE =
                new ProcessVariable<>("allegationType", String.class);
        public static final ProcessVariable<String> ENTITY = new ProcessVariable<>("entity", String.class);
        public static final ProcessVariable<String> INVESTIGATING_BODY =
                new ProcessVariable<>("investigatingBody", String.class);
        public static final ProcessVariable<Boolean> VICTIM_CONSENT_TO_SHARE =
                new ProcessVariable<>("victimConsentToShare", Boolean.class);

        public static final ProcessVariable<Long> INVESTIGATION_ID =
                new ProcessVariable<>("investigationId", Long.class);
        public static final ProcessVariable<Date> STARTED_AT =
                new ProcessVariable<>("investigationStartedAt", Date.class);
        public static final ProcessVariable<Date> DUE_AT = new ProcessVariable<>("investigationDueAt", Date.class);
        public static final ProcessVariable<Date> FIRST_WARNING_AT =
                new ProcessVariable<>("investigationFirstWarningAt", Date.class);
        public static final ProcessVariable<Date> SECOND_WARNING_AT =
                new ProcessVariable<>("investigationSecondWarningAt", Date.class);

        public static final ProcessVariable<Boolean> REPORT_ACCEPTED =
                new ProcessVariable<>("reportAccepted", Boolean.class);
        public static final ProcessVariable<Boolean> EXTENSION_APPROVED =
                new ProcessVariable<>("extensionApproved", Boolean.class);
        public static final ProcessVariable<Date> EXTENDED_DUE_AT = new ProcessVariable<>("extendedDueAt", Date.class);
        /** The output to the case: a {@code FindingCode}. */
        public static final ProcessVariable<String> FINDING = new ProcessVariable<>("finding", String.class);

        private Variables() {}
    }

    /** Candidate groups of the model's user tasks. */
    public static final class Groups {

        public static final String INVESTIGATOR = "investigator";
        public static final String MANAGER = "manager";

        private Groups() {}
    }

    /** Clock names of the {@code sla-policy} the model uses. */
    public static final class Clocks {

        public static final String INVESTIGATION = "INVESTIGATION";

        private Clocks() {}
    }

    private InvestigationProcess() {}
}
