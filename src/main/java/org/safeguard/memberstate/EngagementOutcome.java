package org.safeguard.memberstate;

/** How an engagement ended; {@link #NO_RESPONSE} lets the organisation run its own fact-finding. */
public enum EngagementOutcome {
    MEMBER_STATE_INVESTIGATES,
    JOINT_INVESTIGATION,
    DECLINED,
    ACTIONS_REPORTED,
    ACKNOWLEDGED,
    NO_RESPONSE
}
