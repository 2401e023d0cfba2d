package org.safeguard.memberstate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Member State's reply as received. {@code receivedAt} may be null (now); the national
 * investigation officer is required when the Member State investigates; {@code actions} are
 * reported with {@link ReplyKind#ACTIONS_REPORTED} and only then.
 */
public record MemberStateReply(ReplyKind kind, Instant receivedAt, String investigationOfficerName,
                               String investigationOfficerContact, List<ActionTaken> actions) {

    public MemberStateReply {
        // Not List.copyOf: a null entry is refused by the reply's rules, naming it, not by a crash here.
        actions = actions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(actions));
    }

    public MemberStateReply(ReplyKind kind, Instant receivedAt, String investigationOfficerName,
                            String investigationOfficerContact) {
        this(kind, receivedAt, investigationOfficerName, investigationOfficerContact, List.of());
    }

    public static MemberStateReply of(ReplyKind kind) {
        return new MemberStateReply(kind, null, null, null, List.of());
    }
}
