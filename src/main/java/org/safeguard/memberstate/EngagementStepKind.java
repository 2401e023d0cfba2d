package org.safeguard.memberstate;

/** What happened in an engagement; each step is a dated row in its history. */
public enum EngagementStepKind {
    NOTE_VERBALE_SENT,
    REMINDER,
    ESCALATION_PERMANENT_REPRESENTATIVE,
    ESCALATION_SENIOR_LEADERSHIP,
    REPLY_RECEIVED,
    DUPLICATE_REPLY,
    LATE_REPLY,
    INFORMATION_PROVIDED,
    FOLLOW_UP,
    CLOSED
}
