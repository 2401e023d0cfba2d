package org.safeguard.memberstate.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.safeguard.memberstate.ActionTaken;
import org.safeguard.memberstate.Engagement;
import org.safeguard.memberstate.EngagementOutcome;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.EngagementStep;
import org.safeguard.memberstate.NewEngagement;
import org.safeguard.memberstate.RecordedReply;

@Mapper
public interface EngagementMapper {

    void insert(
            @Param("engagement") NewEngagement engagement,
            @Param("openedAt") Instant openedAt,
            @Param("id") EngagementKey id);

    Engagement findById(long id);

    /** Locks the row, so two replies to one engagement are judged one after the other. */
    Engagement findByIdForUpdate(long id);

    List<Engagement> findByCase(String caseReference);

    /** Closes an open engagement; answers 0 when it was closed already. */
    int close(@Param("id") long id, @Param("outcome") EngagementOutcome outcome, @Param("closedAt") Instant closedAt);

    void insertStep(EngagementStep step);

    List<EngagementStep> findSteps(long engagementId);

    /** Records a reply as a {@code REPLY_RECEIVED} step; {@code id} receives the step's id. */
    void insertReply(@Param("reply") ReplyRow reply, @Param("id") EngagementKey id);

    void insertAction(@Param("stepId") long stepId, @Param("action") ActionTaken action);

    /** The reply recorded under the client's Idempotency-Key, if any. */
    StoredReply findReplyByRequest(@Param("client") String client, @Param("key") String key);

    /** The last reply to the engagement, or the officer's answer to it, whichever was recorded last. */
    StoredReply findLastReplyOrAnswer(long engagementId);

    /** The engagements about one subject group, open ones first, then the latest closed. */
    List<Engagement> findForGroup(
            @Param("caseReference") String caseReference,
            @Param("subjectGroupId") long subjectGroupId,
            @Param("purpose") EngagementPurpose purpose);

    /** The open engagements of a Member State whose note verbale went out, the longest waiting first. */
    List<PendingRow> findPending(@Param("nationality") String nationality);

    /** A Member State's recorded replies, newest first, without their actions. */
    List<RecordedReply> findReplies(@Param("nationality") String nationality, @Param("limit") int limit);

    List<ActionTaken> findActions(long stepId);
}
