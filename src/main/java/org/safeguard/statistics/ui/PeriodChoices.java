package org.safeguard.statistics.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safeguard.statistics.Period;

/** The periods the pickers offer: the current quarter and the seven before it, then recent years. */
final class PeriodChoices {

    static final int QUARTERS = 8;
    static final int YEARS = 3;

    static List<Period> quarters(Clock clock) {
        List<Period> quarters = new ArrayList<>();
        Period quarter = Period.quarterOf(LocalDate.now(clock));
        for (int i = 0; i < QUARTERS; i++) {
            quarters.add(quarter);
            quarter = quarter.previousQuarter();
        }
        return quarters;
    }

    static List<Period> quartersAndYears(Clock clock) {
        List<Period> periods = new ArrayList<>(quarters(clock));
        int year = LocalDate.now(clock).getYear();
        for (int i = 0; i < YEARS; i++) {
            periods.add(Period.quarterOrYear("period", Integer.toString(year - i)));
        }
        return periods;
    }

    private PeriodChoices() {}
}
