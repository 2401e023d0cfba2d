package org.safeguard.memberstate;

import java.time.Instant;
import java.util.List;

/**
 * A reply of a Member State as recorded, for its history: who recorded it ({@code onBehalf} when
 * a manager recorded a reply received on paper), its remark and the actions it reported.
 */
public record RecordedReply(
        long replyId,
        long engagementId,
        String caseReference,
        EngagementPurpose purpose,
        ReplyKind kind,
        Instant receivedAt,
        String investigationOfficerName,
        String investigationOfficerContact,
        String remark,
        String recordedBy,
        boolean onBehalf,
        List<ActionTaken> actions) {

    public RecordedReply {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** A reply as read, before its actions are. */
    public RecordedReply(
            long replyId,
            long engagementId,
            String caseReference,
            EngagementPurpose purpose,
            ReplyKind kind,
            Instant receivedAt,
            String investigationOfficerName,
            String investigationOfficerContact,
            String remark,
            String recordedBy,
            boolean onBehalf) {
        this(
                replyId,
                engagementId,
                caseReference,
                purpose,
                kind,
                receivedAt,
                investigationOfficerName,
                investigationOfficerContact,
                remark,
                recordedBy,
                onBehalf,
                List.of());
    }

    public RecordedReply withActions(List<ActionTaken> reported) {
        return new RecordedReply(
                replyId,
                engagementId,
                caseReference,
                purpose,
                kind,
                receivedAt,
                investigationOfficerName,
                investigationOfficerContact,
                remark,
                recordedBy,
                onBehalf,
                reported);
    }
}
