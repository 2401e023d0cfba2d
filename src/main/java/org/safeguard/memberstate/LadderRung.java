package org.safeguard.memberstate;

import java.util.Arrays;
import java.util.Optional;
import org.safeguard.base.processes.MemberStateEngagementProcess.Element;

/**
 * The rungs of an engagement's ladder that a Member State is told about: when a reminder, an
 * escalation to its permanent representative or to senior leadership, or the next follow-up falls
 * due if it stays silent. Each is a timer of {@code member-state-engagement.bpmn}.
 */
public enum LadderRung {
    REMINDER(Element.timer_reminder_due),
    PERMANENT_REPRESENTATIVE(Element.timer_escalation_due),
    SENIOR_LEADERSHIP(Element.timer_senior_escalation_due),
    FOLLOW_UP(Element.timer_follow_up_due);

    private final Element timer;

    LadderRung(Element timer) {
        this.timer = timer;
    }

    public String timerId() {
        return timer.id();
    }

    public static Optional<LadderRung> ofTimer(String activityId) {
        return Arrays.stream(values())
                .filter(rung -> rung.timer.id().equals(activityId))
                .findFirst();
    }
}
