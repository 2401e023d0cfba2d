package org.safeguard.investigation;

/** The target clock's warnings: half and three quarters of the time used. */
public enum WarningLevel {
    FIRST(50),
    SECOND(75);

    private final int percent;

    WarningLevel(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }
}
