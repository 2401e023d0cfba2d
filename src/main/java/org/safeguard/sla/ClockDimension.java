package org.safeguard.sla;

/** What open breaches and at-risk clocks can be grouped by on the managers' dashboard. */
public enum ClockDimension {
    ENTITY("entity_code"),
    MEMBER_STATE("member_state"),
    ALLEGATION_TYPE("allegation_type"),
    PERSONNEL_CATEGORY("personnel_category"),
    CLOCK("kind");

    private final String column;

    ClockDimension(String column) {
        this.column = column;
    }

    /** The clock rows' column; a fixed name, never user input, since it is written into SQL. */
    public String column() {
        return column;
    }
}
