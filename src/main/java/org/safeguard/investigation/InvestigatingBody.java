package org.safeguard.investigation;

/** Who investigates the subject group. */
public enum InvestigatingBody {
    OVERSIGHT_OFFICE,
    HEAD_OF_MISSION,
    JOINT_WITH_MEMBER_STATE,
    OWN_FACT_FINDING
}
