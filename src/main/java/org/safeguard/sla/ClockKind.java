package org.safeguard.sla;

/**
 * The clocks Safeguard reports on, each the promise one step of a case makes, and the row of the
 * {@code sla-policy} decision that sets its target.
 */
public enum ClockKind {
    /** A victim is offered assistance (consent recorded) within a day of the report. */
    VICTIM_REFERRAL(SlaClock.VICTIM_REFERRAL),
    /** The preliminary assessment of an allegation. */
    PRELIMINARY_ASSESSMENT(SlaClock.PRELIMINARY_ASSESSMENT),
    /** The note verbale goes to the Member State's permanent mission after routing. */
    NOTE_VERBALE(SlaClock.NOTE_VERBALE),
    /** The Member State replies to the note verbale (the reminder falls when it has not). */
    MEMBER_STATE_REPLY(SlaClock.MEMBER_STATE_REMINDER),
    /** The investigation's target date. */
    INVESTIGATION(SlaClock.INVESTIGATION),
    /** The Member State reports the actions it took, one clock per follow-up cycle. */
    ACTIONS_REPORTED(SlaClock.ACTIONS_REPORTED),
    /** The advocate follows up with an assisted victim. */
    ASSISTANCE_FOLLOW_UP(SlaClock.ASSISTANCE_FOLLOW_UP);

    private final SlaClock policyClock;

    ClockKind(SlaClock policyClock) {
        this.policyClock = policyClock;
    }

    /** The policy row that sets this clock's duration, unit and calendar. */
    public SlaClock policyClock() {
        return policyClock;
    }
}
