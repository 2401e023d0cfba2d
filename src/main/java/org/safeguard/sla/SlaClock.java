package org.safeguard.sla;

/**
 * The clocks of a case, each a row (or rows) of the {@code sla-policy} decision. Member State clocks
 * run on the Member State's working days, because it is the Member State that must act; all others on
 * the duty station's.
 */
public enum SlaClock {
    VICTIM_REFERRAL,
    NEEDS_ASSESSMENT,
    REFERRAL,
    ASSISTANCE_FOLLOW_UP,
    PRELIMINARY_ASSESSMENT,
    ROUTING_DECISION,
    NOTE_VERBALE(true),
    MEMBER_STATE_REMINDER(true),
    MEMBER_STATE_ESCALATION(true),
    MEMBER_STATE_SENIOR_ESCALATION(true),
    ACTIONS_REPORTED(true),
    INVESTIGATION,
    INVESTIGATION_STEP,
    REVIEW,
    EXTENSION_APPROVAL,
    ESCALATION,
    ACCOUNTABILITY_STEP,
    INFORM_VICTIM,
    RECORD_REPLY;

    private final boolean memberState;

    SlaClock() {
        this(false);
    }

    SlaClock(boolean memberState) {
        this.memberState = memberState;
    }

    /** Whether the clock counts the Member State's public holidays rather than the duty station's. */
    public boolean runsOnMemberStateCalendar() {
        return memberState;
    }
}
