package org.safeguard.memberstate;

import java.time.Instant;

/**
 * A Member State's reply as received. {@code receivedAt} may be null (now); the national
 * investigation officer is required when the Member State investigates.
 */
public record MemberStateReply(ReplyKind kind, Instant receivedAt, String investigationOfficerName,
                               String investigationOfficerContact) {

    public static MemberStateReply of(ReplyKind kind) {
        return new MemberStateReply(kind, null, null, null);
    }
}
