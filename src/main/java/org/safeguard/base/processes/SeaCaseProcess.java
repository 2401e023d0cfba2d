package org.safeguard.base.processes;

import java.util.Date;

/**
 * Backs {@code processes/sea-case.bpmn}: the lifecycle of one case. The engine holds the
 * reference and codes only; narratives and victims' identities stay in Safeguard's tables.
 */
public final class SeaCaseProcess {

    public static final String KEY = "sea-case";

    /** An interim measure was proposed; correlated by business key, local to its event subprocess. */
    public static final String MESSAGE_INTERIM_MEASURE_PROPOSED = "InterimMeasureProposed";

    /** Element ids of the model. */
    public enum Element {
        start_allegation_received,
        gateway_split_tracks,
        user_assess_allegation,
        call_victim_assistance,
        subprocess_subject_group,
        service_load_subject_group,
        rule_route_subject_group,
        gateway_route,
        call_member_state_engagement,
        gateway_member_state_answer,
        user_record_national_finding,
        user_decide_investigating_body,
        gateway_investigation_team,
        user_assign_investigation_team,
        call_investigation,
        gateway_finding,
        call_accountability,
        service_record_group_outcome,
        end_subject_group_done,
        user_refer_to_responsible_entity,
        end_subject_group_referred,
        service_close_subject_group,
        end_subject_group_closed,
        service_conclude_case,
        user_inform_victim,
        end_case_closed,
        subprocess_interim_measure,
        start_interim_measure_proposed,
        user_decide_interim_measure,
        end_interim_measure_decided;

        public String id() {
            return name();
        }
    }

    public static final class Variables {

        public static final ProcessVariable<String> CASE_REFERENCE =
                new ProcessVariable<>("caseReference", String.class);
        public static final ProcessVariable<Date> RECEIVED_AT = new ProcessVariable<>("receivedAt", Date.class);
        public static final ProcessVariable<String> ENTITY = new ProcessVariable<>("entity", String.class);
        public static final ProcessVariable<String> ALLEGATION_TYPE =
                new ProcessVariable<>("allegationType", String.class);
        public static final ProcessVariable<Boolean> MINOR_INVOLVED =
                new ProcessVariable<>("minorInvolved", Boolean.class);

        // Local to each subject group's branch.
        public static final ProcessVariable<Long> SUBJECT_GROUP_ID =
                new ProcessVariable<>("subjectGroupId", Long.class);
        public static final ProcessVariable<String> PERSONNEL_CATEGORY =
                new ProcessVariable<>("personnelCategory", String.class);
        public static final ProcessVariable<String> NATIONALITY = new ProcessVariable<>("nationality", String.class);
        public static final ProcessVariable<Boolean> BREACHES_STANDARDS =
                new ProcessVariable<>("breachesStandards", Boolean.class);
        public static final ProcessVariable<String> ROUTE = new ProcessVariable<>("route", String.class);
        public static final ProcessVariable<String> ENGAGEMENT_OUTCOME =
                new ProcessVariable<>("engagementOutcome", String.class);
        public static final ProcessVariable<String> INVESTIGATING_BODY =
                new ProcessVariable<>("investigatingBody", String.class);
        public static final ProcessVariable<String> FINDING = new ProcessVariable<>("finding", String.class);
        // Local to an interim measure's event subprocess.
        public static final ProcessVariable<Long> INTERIM_MEASURE_ID =
                new ProcessVariable<>("interimMeasureId", Long.class);

        private Variables() {}
    }

    /** Candidate groups of the model's user tasks. */
    public static final class Groups {

        public static final String INTAKE = "intake";
        public static final String MANAGER = "manager";
        public static final String VRA = "vra";

        private Groups() {}
    }

    private SeaCaseProcess() {}
}
