package org.safeguard.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.safeguard.memberstate.EngagementLadder;
import org.safeguard.victim.VictimSummary;

/**
 * A case as anyone on it may see it: victims by pseudonym only; each Member State engagement with
 * its dated ladder of notes, reminders, escalations and replies.
 */
public record CaseDetails(
        String reference,
        Instant receivedAt,
        IntakeChannel channel,
        String entity,
        String dutyStation,
        LocalDate incidentDate,
        AllegationType allegationType,
        boolean minorInvolved,
        CaseStatus status,
        List<SubjectGroup> subjectGroups,
        List<VictimSummary> victims,
        List<EngagementLadder> engagements) {}
