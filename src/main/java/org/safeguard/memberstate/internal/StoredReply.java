package org.safeguard.memberstate.internal;

import java.time.Instant;
import org.safeguard.memberstate.EngagementStepKind;
import org.safeguard.memberstate.ReplyKind;
import org.safeguard.memberstate.ReplyReceipt;

/** A recorded reply (or the officer's answer to a request for information) with its request's fingerprint. */
public record StoredReply(
        long stepId,
        long engagementId,
        String caseReference,
        EngagementStepKind stepKind,
        String detailCode,
        Instant occurredAt,
        String requestHash) {

    public boolean isReply() {
        return stepKind == EngagementStepKind.REPLY_RECEIVED;
    }

    public ReplyReceipt receipt(boolean replayed) {
        return new ReplyReceipt(
                engagementId, stepId, caseReference, ReplyKind.valueOf(detailCode), occurredAt, replayed);
    }
}
