package org.safeguard.memberstate;

import java.util.List;

/** What a Member State answered to a note verbale. */
public enum ReplyKind {
    WILL_INVESTIGATE(EngagementOutcome.MEMBER_STATE_INVESTIGATES),
    JOINT(EngagementOutcome.JOINT_INVESTIGATION),
    DECLINES(EngagementOutcome.DECLINED),
    /** Not an answer yet: the organisation provides the information and keeps waiting. */
    REQUESTS_INFORMATION(null),
    ACTIONS_REPORTED(EngagementOutcome.ACTIONS_REPORTED),
    ACKNOWLEDGED(EngagementOutcome.ACKNOWLEDGED);

    private final EngagementOutcome outcome;

    ReplyKind(EngagementOutcome outcome) {
        this.outcome = outcome;
    }

    /** The outcome this reply gives the engagement. */
    public EngagementOutcome outcome() {
        if (outcome == null) {
            throw new IllegalStateException(name() + " does not conclude an engagement");
        }
        return outcome;
    }

    /** A national investigation officer must be named by a Member State that investigates. */
    public boolean namesInvestigationOfficer() {
        return this == WILL_INVESTIGATE || this == JOINT;
    }

    /** Only a report of actions taken lists them, and it must list at least one. */
    public boolean reportsActions() {
        return this == ACTIONS_REPORTED;
    }

    /** The answers that make sense to what was asked, as the portal offers them. */
    public static List<ReplyKind> answersTo(EngagementPurpose purpose) {
        return switch (purpose) {
            case NOTIFICATION -> List.of(WILL_INVESTIGATE, JOINT, DECLINES, REQUESTS_INFORMATION);
            case ACTIONS_TAKEN -> List.of(ACTIONS_REPORTED, ACKNOWLEDGED, REQUESTS_INFORMATION);
            case PATERNITY -> List.of(ACKNOWLEDGED, DECLINES, REQUESTS_INFORMATION);
        };
    }
}
