package org.safeguard.base.processes;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Backs {@code processes/member-state-engagement.bpmn}: a called process that engages one Member
 * State about one subject group — note verbale, wait for the reply under a reminder and escalation
 * ladder, and for {@code ACTIONS_TAKEN} a follow-up every cycle until actions are reported.
 */
public final class MemberStateEngagementProcess {

    public static final String KEY = "member-state-engagement";

    /** The Member State's reply, correlated by {@link Variables#ENGAGEMENT_ID}. */
    public static final String MESSAGE_MEMBER_STATE_RESPONSE = "MemberStateResponse";

    /** Element ids of the model. */
    public enum Element {
        start_engagement_requested,
        service_open_engagement,
        user_send_note_verbale,
        sub_await_reply,
        start_await_reply,
        gateway_await_reply,
        receive_member_state_response,
        gateway_reply_kind,
        user_provide_information,
        end_reply_received,
        timer_reminder_due,
        service_record_reminder,
        end_reminder_recorded,
        timer_escalation_due,
        service_escalate_to_permanent_representative,
        end_escalation_recorded,
        timer_senior_escalation_due,
        service_escalate_to_senior_leadership,
        service_close_without_response,
        end_no_response,
        gateway_follow_up_needed,
        gateway_follow_up,
        gateway_await_actions_report,
        msg_actions_reply_received,
        timer_follow_up_due,
        service_record_follow_up,
        gateway_actions_reported,
        service_close_engagement,
        end_engagement_closed;

        public String id() {
            return name();
        }
    }

    public static final class Variables {

        /** Inputs from the caller. */
        public static final ProcessVariable<String> CASE_REFERENCE =
                new ProcessVariable<>("caseReference", String.class);

        public static final ProcessVariable<Long> SUBJECT_GROUP_ID =
                new ProcessVariable<>("subjectGroupId", Long.class);
        public static final ProcessVariable<String> NATIONALITY = new ProcessVariable<>("nationality", String.class);
        public static final ProcessVariable<String> PURPOSE = new ProcessVariable<>("purpose", String.class);

        /** Set by the model. */
        public static final ProcessVariable<Long> ENGAGEMENT_ID = new ProcessVariable<>("engagementId", Long.class);

        public static final ProcessVariable<Date> NOTE_SENT_AT = new ProcessVariable<>("noteSentAt", Date.class);
        public static final ProcessVariable<String> REPLY_KIND = new ProcessVariable<>("replyKind", String.class);
        /** The last reply or follow-up: the next follow-up cycle counts from it. */
        public static final ProcessVariable<Date> LAST_CONTACT_AT = new ProcessVariable<>("lastContactAt", Date.class);

        /** Output to the caller. */
        public static final ProcessVariable<String> ENGAGEMENT_OUTCOME =
                new ProcessVariable<>("engagementOutcome", String.class);

        private Variables() {}
    }

    /** Candidate groups of the model's user tasks. */
    public static final class Groups {

        public static final String INTAKE = "intake";

        private Groups() {}
    }

    /** The variables a reply brings into the process when it is correlated. */
    public static Map<String, Object> replyVariables(String replyKind, Date receivedAt) {
        Map<String, Object> variables = new HashMap<>();
        Variables.REPLY_KIND.put(variables, replyKind);
        Variables.LAST_CONTACT_AT.put(variables, receivedAt);
        return variables;
    }

    private MemberStateEngagementProcess() {}
}
