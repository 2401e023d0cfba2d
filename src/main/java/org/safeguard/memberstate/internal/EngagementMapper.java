package org.safeguard.memberstate.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.memberstate.Engagement;
import org.safeguard.memberstate.EngagementOutcome;
import org.safeguard.memberstate.EngagementStep;
import org.safeguard.memberstate.NewEngagement;

@Mapper
public interface EngagementMapper {

    void insert(@Param("engagement") NewEngagement engagement, @Param("openedAt") Instant openedAt,
                @Param("id") EngagementKey id);

    Engagement findById(long id);

    /** Locks the row, so two replies to one engagement are judged one after the other. */
    Engagement findByIdForUpdate(long id);

    List<Engagement> findByCase(String caseReference);

    /** Closes an open engagement; answers 0 when it was closed already. */
    int close(@Param("id") long id, @Param("outcome") EngagementOutcome outcome, @Param("closedAt") Instant closedAt);

    void insertStep(EngagementStep step);

    List<EngagementStep> findSteps(long engagementId);
}
