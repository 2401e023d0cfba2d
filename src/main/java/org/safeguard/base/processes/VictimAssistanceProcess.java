package org.safeguard.base.processes;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Backs {@code processes/victim-assistance.bpmn}: assistance to one victim, called from the case
 * once per victim. Variables hold ids and codes only; consents, needs and providers stay in the
 * victim feature's tables.
 */
public final class VictimAssistanceProcess {

    public static final String KEY = "victim-assistance";

    /** Correlated by {@link Variables#VICTIM_ID}. */
    public static final String MESSAGE_CONSENT_WITHDRAWN = "ConsentWithdrawn";

    /** Element ids of the model. */
    public enum Element {
        start_victim_referred,
        user_record_consent,
        gateway_consent_given,
        service_record_declined,
        end_assistance_declined,
        user_assess_needs,
        subprocess_refer_need,
        service_open_referral,
        gateway_need_split,
        gateway_child_support,
        call_paternity_engagement,
        gateway_child_support_merge,
        user_refer_to_provider,
        timer_referral_overdue,
        service_record_referral_breach,
        user_resolve_overdue_referral,
        end_referral_escalated,
        gateway_need_handled,
        end_need_referred,
        gateway_follow_up_merge,
        timer_follow_up_due,
        user_follow_up,
        gateway_assistance_continues,
        service_close_track,
        end_assistance_closed,
        start_consent_withdrawn,
        service_withdraw_referrals,
        service_record_withdrawal,
        end_assistance_withdrawn;

        public String id() {
            return name();
        }
    }

    public static final class Variables {

        /** Inputs from the calling case. */
        public static final ProcessVariable<String> CASE_REFERENCE =
                new ProcessVariable<>("caseReference", String.class);

        public static final ProcessVariable<Long> VICTIM_ID = new ProcessVariable<>("victimId", Long.class);
        public static final ProcessVariable<Boolean> MINOR_INVOLVED =
                new ProcessVariable<>("minorInvolved", Boolean.class);
        public static final ProcessVariable<String> ENTITY = new ProcessVariable<>("entity", String.class);
        public static final ProcessVariable<Boolean> CHILD_VICTIM = new ProcessVariable<>("childVictim", Boolean.class);
        /** Passed on to the paternity engagement when the case provides them. */
        public static final ProcessVariable<Long> SUBJECT_GROUP_ID =
                new ProcessVariable<>("subjectGroupId", Long.class);

        public static final ProcessVariable<String> NATIONALITY = new ProcessVariable<>("nationality", String.class);

        /** Consent gate: whether consent was given, and by whom (a ConsentGiver name). */
        public static final ProcessVariable<Boolean> CONSENT_GIVEN =
                new ProcessVariable<>("consentGiven", Boolean.class);

        public static final ProcessVariable<String> CONSENT_GIVEN_BY =
                new ProcessVariable<>("consentGivenBy", String.class);
        /** Need codes, comma-separated: a list would need a serialization format the engine refuses. */
        public static final ProcessVariable<String> NEEDS = new ProcessVariable<>("needs", String.class);
        /** The need of one referral instance (local, and the {@code sla-policy} input). */
        public static final ProcessVariable<String> NEED = new ProcessVariable<>("need", String.class);
        /** The referral row of one referral instance (local). */
        public static final ProcessVariable<Long> REFERRAL_ID = new ProcessVariable<>("referralId", Long.class);

        public static final ProcessVariable<Boolean> CONTINUE_ASSISTANCE =
                new ProcessVariable<>("continueAssistance", Boolean.class);
        /** Input parameter of the closing service tasks: a TrackStatus name. */
        public static final ProcessVariable<String> TRACK_OUTCOME = new ProcessVariable<>("trackOutcome", String.class);
        /** The paternity engagement's outcome: ACKNOWLEDGED or NO_RESPONSE. */
        public static final ProcessVariable<String> PATERNITY_OUTCOME =
                new ProcessVariable<>("paternityOutcome", String.class);

        private Variables() {}
    }

    /** Candidate groups of the model's user tasks. */
    public static final class Groups {

        public static final String ADVOCATE = "vra";
        public static final String MANAGER = "manager";

        private Groups() {}
    }

    /** The {@link Variables#NEEDS} value of assessed needs: their codes, comma-separated, in order. */
    public static String needCodes(List<? extends Enum<?>> needs) {
        return needs.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private VictimAssistanceProcess() {}
}
