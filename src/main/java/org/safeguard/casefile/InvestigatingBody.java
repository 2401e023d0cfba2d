package org.safeguard.casefile;

/** Who investigates a subject group. */
public enum InvestigatingBody {
    OVERSIGHT_OFFICE,
    HEAD_OF_MISSION,
    JOINT_WITH_MEMBER_STATE,
    OWN_FACT_FINDING
}
