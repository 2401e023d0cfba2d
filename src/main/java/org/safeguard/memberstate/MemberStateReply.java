package org.safeguard.memberstate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Member State's reply as received. {@code receivedAt} may be null (now); the national
 * investigation officer is required when the Member State investigates; {@code actions} are
 * reported with {@link ReplyKind#ACTIONS_REPORTED} and only then; {@code remark} is what the
 * Member State adds in its own words (blank is none), kept with the reply and never given to the
 * engine.
 */
public record MemberStateReply(
        ReplyKind kind,
        Instant receivedAt,
        String investigationOfficerName,
        String investigationOfficerContact,
        List<ActionTaken> actions,
        String remark) {

    /** The longest remark a reply keeps. */
    public static final int REMARK_MAX = 1000;

    public MemberStateReply {
        // Not List.copyOf: a null entry is refused by the reply's rules, naming it, not by a crash here.
        actions = actions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(actions));
        remark = remark == null || remark.isBlank() ? null : remark.strip();
    }

    public MemberStateReply(
            ReplyKind kind,
            Instant receivedAt,
            String investigationOfficerName,
            String investigationOfficerContact,
            List<ActionTaken> actions) {
        this(kind, receivedAt, investigationOfficerName, investigationOfficerContact, actions, null);
    }

    public MemberStateReply(
            ReplyKind kind, Instant receivedAt, String investigationOfficerName, String investigationOfficerContact) {
        this(kind, receivedAt, investigationOfficerName, investigationOfficerContact, List.of(), null);
    }

    public static MemberStateReply of(ReplyKind kind) {
        return new MemberStateReply(kind, null, null, null, List.of(), null);
    }
}
