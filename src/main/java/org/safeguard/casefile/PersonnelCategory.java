package org.safeguard.casefile;

/**
 * The subject's category of personnel. For uniformed personnel the Member State has
 * jurisdiction, which is why their nationality is required.
 */
public enum PersonnelCategory {
    MILITARY_CONTINGENT(true),
    FORMED_POLICE_UNIT(true),
    INDIVIDUAL_POLICE(true),
    MILITARY_OBSERVER(true),
    CIVILIAN_STAFF(false),
    VOLUNTEER(false),
    CONSULTANT_CONTRACTOR(false),
    IMPLEMENTING_PARTNER(false),
    NON_UN_FORCE(false);

    private final boolean uniformed;

    PersonnelCategory(boolean uniformed) {
        this.uniformed = uniformed;
    }

    public boolean isUniformed() {
        return uniformed;
    }
}
