package org.safeguard.memberstate;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rungs of an engagement's ladder that a Member State is told about: when a reminder, an
 * escalation to its permanent representative or to senior leadership, or the next follow-up falls
 * due if it stays silent. Each is a timer of {@code member-state-engagement.bpmn}; the ids are
 * checked against the model's backing class by {@code MemberStateEngagementProcessTest}.
 */
public enum LadderRung {
    REMINDER("timer_reminder_due"),
    PERMANENT_REPRESENTATIVE("timer_escalation_due"),
    SENIOR_LEADERSHIP("timer_senior_escalation_due"),
    FOLLOW_UP("timer_follow_up_due");

    private final String timerId;

    LadderRung(String timerId) {
        this.timerId = timerId;
    }

    public String timerId() {
        return timerId;
    }

    public static Optional<LadderRung> ofTimer(String activityId) {
        return Arrays.stream(values())
                .filter(rung -> rung.timerId.equals(activityId))
                .findFirst();
    }
}
