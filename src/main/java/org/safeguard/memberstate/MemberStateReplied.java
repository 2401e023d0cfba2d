package org.safeguard.memberstate;

import java.time.Instant;

/**
 * A Member State's reply has been accepted for an open engagement; published inside the
 * receiving transaction. Codes only: the officer named in the reply stays in Safeguard's tables.
 */
public record MemberStateReplied(long engagementId, ReplyKind kind, Instant receivedAt) {}
