package org.safeguard.memberstate;

import java.time.Instant;

/**
 * What became of a reply: the engagement it was recorded for and the recorded reply's id.
 * {@code replayed} is true when this reply had been recorded already (a retry, or the same
 * reply again): the answer is the first one's, and nothing was recorded twice.
 */
public record ReplyReceipt(
        long engagementId, long replyId, String caseReference, ReplyKind kind, Instant receivedAt, boolean replayed) {

    public ReplyReceipt asReplayed() {
        return new ReplyReceipt(engagementId, replyId, caseReference, kind, receivedAt, true);
    }
}
