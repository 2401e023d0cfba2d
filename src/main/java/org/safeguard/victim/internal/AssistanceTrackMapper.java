package org.safeguard.victim.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.victim.Need;
import org.safeguard.victim.TrackStatus;

/** A victim's assistance track and the needs assessed for it. */
@Mapper
public interface AssistanceTrackMapper {

    void insertTrack(
            @Param("victimId") long victimId,
            @Param("status") TrackStatus status,
            @Param("openedAt") Instant openedAt,
            @Param("closedAt") Instant closedAt);

    Optional<TrackStatus> findStatus(long victimId);

    int closeTrack(
            @Param("victimId") long victimId, @Param("status") TrackStatus status, @Param("closedAt") Instant closedAt);

    void insertNeed(
            @Param("victimId") long victimId, @Param("need") Need need, @Param("assessedAt") Instant assessedAt);

    void deleteNeeds(long victimId);

    List<Need> findNeeds(long victimId);

    /** When the needs held now were assessed, if any were. */
    Optional<Instant> findLastAssessedAt(long victimId);

    void insertAssessment(
            @Param("victimId") long victimId,
            @Param("needs") String needs,
            @Param("assessedAt") Instant assessedAt,
            @Param("assessedBy") String assessedBy);

    /** Every needs assessment of the victim, newest first. */
    List<NeedsAssessmentRow> findAssessments(long victimId);
}
