package org.safeguard.investigation;

import java.util.Date;
import java.util.List;

/** The target date and the two warning instants before it. */
public record InvestigationDeadline(Date dueAt, Date firstWarningAt, Date secondWarningAt) {

    /**
     * The clock as opened: the policy's two warning instants, or, when the policy names fewer,
     * 50 % and 75 % of the span so the investigator is still warned.
     */
    public static InvestigationDeadline opened(Date start, Date dueAt, List<Date> warnings) {
        if (warnings.size() >= 2) {
            return new InvestigationDeadline(dueAt, warnings.get(0), warnings.get(1));
        }
        return extended(start, dueAt);
    }

    /**
     * After an extension the clock counts the time left afresh: warnings at 50 % and 75 % of the
     * span from {@code now} to the new date, so none lies in the past and none is repeated.
     */
    public static InvestigationDeadline extended(Date now, Date newDueAt) {
        long span = newDueAt.getTime() - now.getTime();
        return new InvestigationDeadline(
                newDueAt, new Date(now.getTime() + span / 2), new Date(now.getTime() + span * 3 / 4));
    }
}
