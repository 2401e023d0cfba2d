package org.safeguard.statistics;

/**
 * How one Member State answered the notifications sent to it in a quarter.
 *
 * @param notificationsSent notes verbales notifying an allegation, sent in the quarter
 * @param replied           of those, answered (by now)
 * @param repliedOnTime     answered by the date the note asked
 * @param medianReplyDays   median days from note to first reply, null when none was answered
 * @param pending           not answered and still open
 * @param reminded          reminded at least once
 * @param escalated         escalated to the permanent representative or senior leadership
 */
public record ScorecardLine(
        String memberState,
        String nameEn,
        String nameFr,
        long notificationsSent,
        long replied,
        long repliedOnTime,
        Double medianReplyDays,
        long pending,
        long reminded,
        long escalated) {}
