package org.safeguard.memberstate;

/** What happened in an engagement; each step is a dated row in its history. */
public enum EngagementStepKind {
    NOTE_VERBALE_SENT,
    REMINDER,
    ESCALATION_PERMANENT_REPRESENTATIVE,
    ESCALATION_SENIOR_LEADERSHIP,
    REPLY_RECEIVED,
    /** No longer written (a repeated reply now records nothing); kept so that older rows still read. */
    DUPLICATE_REPLY,
    /** No longer written (a reply to a closed engagement is now refused, HTTP 409); kept for older rows. */
    LATE_REPLY,
    INFORMATION_PROVIDED,
    FOLLOW_UP,
    CLOSED
}
