package org.safeguard.base.processes;

/**
 * Backs {@code processes/accountability.bpmn}: the measures taken about one substantiated subject
 * group, by personnel category, ending with the screening-database entry. Called from the case.
 */
public final class AccountabilityProcess {

    public static final String KEY = "accountability";

    /** The called process that asks the Member State what it did (purpose {@link #PURPOSE_ACTIONS_TAKEN}). */
    public static final String MEMBER_STATE_ENGAGEMENT_KEY = "member-state-engagement";

    public static final String PURPOSE_ACTIONS_TAKEN = "ACTIONS_TAKEN";

    /** Element ids of the model. */
    public enum Element {
        start_accountability_requested,
        gateway_personnel_category,
        user_decide_disciplinary_measures,
        user_record_entity_measures,
        gateway_uniformed_fork,
        user_record_withheld_payments,
        call_member_state_actions,
        gateway_uniformed_join,
        gateway_measures_merge,
        user_enter_screening_database,
        end_accountability_recorded;

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
        /** Input of the called engagement. */
        public static final ProcessVariable<String> PURPOSE = new ProcessVariable<>("purpose", String.class);
        /** Output of the called engagement: ACTIONS_REPORTED or NO_RESPONSE. */
        public static final ProcessVariable<String> ENGAGEMENT_OUTCOME =
                new ProcessVariable<>("engagementOutcome", String.class);

        public static final ProcessVariable<Boolean> PAYMENTS_WITHHELD =
                new ProcessVariable<>("paymentsWithheld", Boolean.class);
        public static final ProcessVariable<Boolean> REPATRIATED = new ProcessVariable<>("repatriated", Boolean.class);

        private Variables() {}
    }

    /** Candidate groups of the model's user tasks. */
    public static final class Groups {

        public static final String MANAGER = "manager";
        /** The conduct officers (engine group {@code intake}). */
        public static final String CONDUCT_OFFICER = "intake";

        private Groups() {}
    }

    private AccountabilityProcess() {}
}
