package org.safeguard.casefile.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.CaseDetails;
import org.safeguard.casefile.CaseStatus;
import org.safeguard.casefile.IntakeChannel;
import org.safeguard.casefile.SubjectGroup;
import org.safeguard.memberstate.EngagementLadder;
import org.safeguard.victim.VictimSummary;

/** A row of {@code case_file}. The summary is the victim's narrative: never logged. */
public record CaseRow(
        long id,
        String reference,
        Instant receivedAt,
        Instant recordedAt,
        String recordedBy,
        IntakeChannel channel,
        String entityCode,
        String dutyStation,
        LocalDate incidentDate,
        AllegationType allegationType,
        boolean minorInvolved,
        String summary,
        CaseStatus status) {

    public CaseDetails details(
            List<SubjectGroup> subjectGroups, List<VictimSummary> victims, List<EngagementLadder> engagements) {
        return new CaseDetails(
                reference,
                receivedAt,
                channel,
                entityCode,
                dutyStation,
                incidentDate,
                allegationType,
                minorInvolved,
                status,
                subjectGroups,
                victims,
                engagements);
    }

    @Override
    public String toString() {
        return "CaseRow[id=" + id + ", reference=" + reference + ", status=" + status + "]";
    }
}
